using System.Globalization;
using Platform.Domain.Seeding;

namespace Platform.Domain.Tests.Seeding;

/// <summary>Generated resident ID numbers are well formed (GB 11643, ISO 7064 MOD 11-2).</summary>
public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002", 'X')] // the worked example of GB 11643-1999
    [InlineData("44052418800101001", '4')]
    public void Known_numbers_get_the_published_check_character(string first17, char expected)
    {
        Assert.Equal(expected, ResidentIdNumber.CheckCharacter(first17));
        Assert.True(IndependentIdValidator.IsValid(first17 + expected));
    }

    [Fact]
    public void Every_generated_number_passes_an_independent_mod_11_2_validator_and_encodes_birth_date_and_gender()
    {
        var random = new SeedRandom(20251001);
        for (var i = 0; i < 20_000; i++)
        {
            var region = random.Pick(RegionCodes.All).Code;
            var birth = new DateOnly(1940, 1, 1).AddDays(random.Next(30_000));
            var male = random.Chance(0.5);
            var number = ResidentIdNumber.Compose(region, birth, ResidentIdNumber.SequenceFor(male, random.Next(1000)));

            Assert.True(IndependentIdValidator.IsValid(number), number);
            Assert.Equal(region, number[..6]);
            Assert.Equal(birth, DateOnly.ParseExact(number[6..14], "yyyyMMdd", CultureInfo.InvariantCulture));
            Assert.Equal(male, (number[16] - '0') % 2 == 1);
        }
    }

    [Fact]
    public void A_changed_digit_fails_the_independent_validator()
    {
        var number = ResidentIdNumber.Compose("310115", new DateOnly(1988, 8, 8), 123);
        var changed = number[..10] + (char)('0' + ((number[10] - '0' + 1) % 10)) + number[11..];

        Assert.True(IndependentIdValidator.IsValid(number));
        Assert.False(IndependentIdValidator.IsValid(changed));
    }

    [Fact]
    public void Malformed_inputs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.Compose("31011", new DateOnly(1988, 8, 8), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResidentIdNumber.Compose("310115", new DateOnly(1988, 8, 8), 1000));
    }
}
