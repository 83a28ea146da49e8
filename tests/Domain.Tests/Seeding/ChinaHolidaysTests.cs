using Platform.Domain.Seeding;

namespace Platform.Domain.Tests.Seeding;

/// <summary>The seeded 2025-2026 calendar is internally consistent.</summary>
public sealed class ChinaHolidaysTests
{
    [Fact]
    public void Make_up_working_days_are_weekend_days_and_never_holidays()
    {
        Assert.All(ChinaHolidays.MakeUpWorkingDays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, d.ToString()));
        Assert.Empty(ChinaHolidays.MakeUpWorkingDays.Intersect(ChinaHolidays.Holidays));
    }

    [Fact]
    public void National_day_2025_is_an_eight_day_break_with_make_up_days_on_both_sides()
    {
        var calendar = SeedClock.Calendar;

        Assert.All(Enumerable.Range(1, 8), d => Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, d))));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 9, 28)));   // Sunday worked
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 10, 11)));  // Saturday worked
        Assert.Equal("春节", ChinaHolidays.NameOf(new DateOnly(2026, 2, 17)));
    }
}
