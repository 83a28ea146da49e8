using Platform.Domain.Customers;

namespace Platform.Domain.Tests.Rules.Customers;

public class CustomerAgeTests
{
    [Theory]
    [InlineData("2007-06-16", "2025-06-15", 17, AgeBand.Minor)]
    [InlineData("2007-06-15", "2025-06-15", 18, AgeBand.Adult)]
    [InlineData("1960-06-16", "2025-06-15", 64, AgeBand.Adult)]
    [InlineData("1960-06-15", "2025-06-15", 65, AgeBand.Elderly)]
    [InlineData("1930-01-01", "2025-06-15", 95, AgeBand.Elderly)]
    [InlineData("2025-06-15", "2025-06-15", 0, AgeBand.Minor)]
    public void R_CUS_01_age_bands_change_on_the_birthday(string birth, string on, int years, AgeBand band)
    {
        Assert.Equal(years, CustomerAge.YearsOn(DateOnly.Parse(birth), DateOnly.Parse(on)));
        Assert.Equal(band, CustomerAge.BandOn(DateOnly.Parse(birth), DateOnly.Parse(on)));
    }

    [Theory]
    [InlineData("2026-02-28", 17, AgeBand.Minor)]
    [InlineData("2026-03-01", 18, AgeBand.Adult)]
    public void R_CUS_01_born_29_February_turns_18_on_1_March_of_the_common_year(string on, int years, AgeBand band)
    {
        var birth = new DateOnly(2008, 2, 29);
        Assert.Equal(years, CustomerAge.YearsOn(birth, DateOnly.Parse(on)));
        Assert.Equal(band, CustomerAge.BandOn(birth, DateOnly.Parse(on)));
    }

    [Fact]
    public void R_CUS_01_born_29_February_becomes_elderly_on_1_March_at_65()
    {
        // 65 and 18 are never multiples of 4, so the threshold birthday always falls in a common year.
        var birth = new DateOnly(1960, 2, 29);
        Assert.Equal(64, CustomerAge.YearsOn(birth, new DateOnly(2025, 2, 28)));
        Assert.Equal(AgeBand.Adult, CustomerAge.BandOn(birth, new DateOnly(2025, 2, 28)));
        Assert.Equal(AgeBand.Elderly, CustomerAge.BandOn(birth, new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void R_CUS_01_born_29_February_has_an_exact_birthday_in_leap_years()
    {
        var birth = new DateOnly(2008, 2, 29);
        Assert.Equal(15, CustomerAge.YearsOn(birth, new DateOnly(2024, 2, 28)));
        Assert.Equal(16, CustomerAge.YearsOn(birth, new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void R_CUS_01_birth_date_after_the_reference_date_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerAge.YearsOn(new DateOnly(2025, 6, 16), new DateOnly(2025, 6, 15)));
    }
}
