using Platform.Cli;

namespace Platform.Cli.Tests;

/// <summary>What <c>seed</c> accepts as its scale: nothing (scale 1) or <c>--scale N</c> with a positive whole N.</summary>
public sealed class SeedArgumentsTests
{
    [Fact]
    public void No_arguments_mean_scale_one()
    {
        Assert.True(SeedCommand.TryParseScale([], out var scale));
        Assert.Equal(1, scale);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1000", 1000)]
    public void Scale_takes_a_positive_whole_number(string value, int expected)
    {
        Assert.True(SeedCommand.TryParseScale(["--scale", value], out var scale));
        Assert.Equal(expected, scale);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("+3")]
    [InlineData("2.5")]
    [InlineData("1e3")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    public void Anything_else_is_refused(string value) =>
        Assert.False(SeedCommand.TryParseScale(["--scale", value], out _));

    [Fact]
    public void Unknown_or_incomplete_options_are_refused()
    {
        Assert.False(SeedCommand.TryParseScale(["--scale"], out _));
        Assert.False(SeedCommand.TryParseScale(["--size", "3"], out _));
        Assert.False(SeedCommand.TryParseScale(["--scale", "3", "--scale", "4"], out _));
    }
}
