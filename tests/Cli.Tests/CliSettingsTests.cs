using Platform.Cli;

namespace Platform.Cli.Tests;

/// <summary>The console names the missing or broken setting instead of failing inside Npgsql.</summary>
public sealed class CliSettingsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_connection_string_names_its_variable(string? owner)
    {
        var settings = new CliSettings(null, owner, "Host=localhost;Username=platform_loader");

        var error = Assert.Throws<CliConfigurationException>(settings.RequireOwner);

        Assert.Equal("ConnectionStrings__Owner is not set (a PostgreSQL connection string).", error.Message);
    }

    [Fact]
    public void A_malformed_connection_string_names_its_variable()
    {
        var settings = new CliSettings(null, "Host=localhost", "Hots=localhost;Usernme");

        var error = Assert.Throws<CliConfigurationException>(settings.RequireLoader);

        Assert.StartsWith("ConnectionStrings__Loader is not a valid connection string:", error.Message);
    }

    [Fact]
    public void A_well_formed_connection_string_is_returned_as_given()
    {
        const string owner = "Host=/run/pg;Port=55432;Database=platform;Username=platform_owner";

        Assert.Equal(owner, new CliSettings(null, owner, null).RequireOwner());
    }
}
