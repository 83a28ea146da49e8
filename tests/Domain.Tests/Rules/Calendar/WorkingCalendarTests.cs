using Platform.Domain.Calendar;
using Platform.Domain.Tenancy;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Calendar;

public class WorkingCalendarTests
{
    private readonly WorkingCalendar _calendar = China2025;

    [Theory]
    [InlineData(2025, 9, 26, true)]   // Friday
    [InlineData(2025, 9, 27, false)]  // Saturday
    [InlineData(2025, 9, 28, true)]   // Sunday, make-up working day
    [InlineData(2025, 10, 1, false)]  // Wednesday, National Day
    [InlineData(2025, 10, 8, false)]  // Wednesday, holiday
    [InlineData(2025, 10, 9, true)]   // Thursday after the holiday
    [InlineData(2025, 10, 11, true)]  // Saturday, make-up working day
    [InlineData(2025, 10, 12, false)] // ordinary Sunday
    public void WorkingDay_is_weekdays_minus_holidays_plus_make_up_days(int y, int m, int d, bool expected)
    {
        Assert.Equal(expected, _calendar.IsWorkingDay(new DateOnly(y, m, d)));
    }

    [Fact]
    public void WorkingDay_of_an_instant_uses_the_tenant_zone_not_UTC()
    {
        // 2025-09-30 17:00 UTC is already Oct 1 01:00 in Shanghai: a holiday.
        var instant = new DateTimeOffset(2025, 9, 30, 17, 0, 0, TimeSpan.Zero);
        Assert.False(_calendar.IsWorkingDay(instant));
        Assert.True(_calendar.IsWorkingDay(instant.AddHours(-2)));
    }

    [Fact]
    public void WorkingCalendar_refuses_a_date_that_is_both_holiday_and_make_up_day()
    {
        var date = new DateOnly(2025, 10, 11);
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(TenantTimeZone.Default, [date], [date]));
        Assert.Contains("2025-10-11", error.Message);
    }

    [Fact]
    public void R_CMP_02_seven_working_days_across_National_Day_week_skip_holidays_and_count_make_up_Saturday()
    {
        var received = Shanghai(2025, 9, 30, 10, 0);
        // Oct 9, 10, 11 (make-up Sat), 13, 14, 15, 16.
        Assert.Equal(Shanghai(2025, 10, 16, 10, 0), _calendar.AddWorkingDays(received, 7));
    }

    [Fact]
    public void R_CMP_02_two_working_days_count_the_make_up_Sunday_before_the_holiday()
    {
        var resolved = Shanghai(2025, 9, 26, 16, 30);
        // Sun Sep 28 (make-up), Mon Sep 29.
        Assert.Equal(Shanghai(2025, 9, 29, 16, 30), _calendar.AddWorkingDays(resolved, 2));
    }

    [Fact]
    public void AddWorkingDays_from_a_holiday_starts_counting_at_the_next_working_day()
    {
        Assert.Equal(Shanghai(2025, 10, 9, 8, 15), _calendar.AddWorkingDays(Shanghai(2025, 10, 3, 8, 15), 1));
    }

    [Fact]
    public void AddWorkingDays_zero_returns_the_same_instant_and_negative_is_refused()
    {
        var start = Shanghai(2025, 10, 2, 12, 0);
        Assert.Equal(start, _calendar.AddWorkingDays(start, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(start, -1));
    }

    [Fact]
    public void AddWorkingDays_returns_tenant_local_offset_for_a_UTC_input()
    {
        var fromUtc = new DateTimeOffset(2025, 9, 30, 2, 0, 0, TimeSpan.Zero); // 10:00 Shanghai
        var due = _calendar.AddWorkingDays(fromUtc, 1);
        Assert.Equal(TimeSpan.FromHours(8), due.Offset);
        Assert.Equal(Shanghai(2025, 10, 9, 10, 0), due);
    }

    [Fact]
    public void WorkingTimeBetween_counts_only_working_day_hours_across_the_holiday()
    {
        // Tue Sep 30 12:00 -> Thu Oct 9 06:00: 12 h on Sep 30, Oct 1-8 off, 6 h on Oct 9.
        var used = _calendar.WorkingTimeBetween(Shanghai(2025, 9, 30, 12, 0), Shanghai(2025, 10, 9, 6, 0));
        Assert.Equal(TimeSpan.FromHours(18), used);
    }

    [Fact]
    public void WorkingTimeBetween_is_zero_inside_a_holiday_and_for_reversed_bounds()
    {
        Assert.Equal(TimeSpan.Zero, _calendar.WorkingTimeBetween(Shanghai(2025, 10, 1), Shanghai(2025, 10, 8, 23, 59)));
        Assert.Equal(TimeSpan.Zero, _calendar.WorkingTimeBetween(Shanghai(2025, 10, 10), Shanghai(2025, 10, 9)));
    }

    [Fact]
    public void AddWorkingTime_is_the_inverse_of_WorkingTimeBetween()
    {
        var start = Shanghai(2025, 9, 30, 12, 0);
        var end = _calendar.AddWorkingTime(start, TimeSpan.FromHours(18));
        Assert.Equal(Shanghai(2025, 10, 9, 6, 0), end);
        Assert.Equal(TimeSpan.FromHours(18), _calendar.WorkingTimeBetween(start, end));
    }

    [Fact]
    public void AddWorkingTime_from_a_non_working_day_starts_at_the_next_working_midnight()
    {
        Assert.Equal(Shanghai(2025, 10, 9, 1, 0), _calendar.AddWorkingTime(Shanghai(2025, 10, 4, 15, 0), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void AtLocal_moves_a_time_skipped_by_daylight_saving_forward()
    {
        var berlin = new WorkingCalendar(TenantTimeZone.Resolve("Europe/Berlin"));
        // 2025-03-30 02:30 does not exist in Berlin; clocks jump from 02:00 to 03:00.
        var instant = berlin.AtLocal(new DateOnly(2025, 3, 30), new TimeOnly(2, 30));
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void TenantTimeZone_defaults_to_Shanghai_and_refuses_unknown_ids()
    {
        Assert.Equal(TimeSpan.FromHours(8), TenantTimeZone.Resolve(null).GetUtcOffset(DateTime.UtcNow));
        Assert.Throws<ArgumentException>(() => TenantTimeZone.Resolve("Mars/Olympus_Mons"));
    }

    [Fact]
    public void R_CMP_02_working_days_and_working_time_agree_from_every_working_day_around_National_Day()
    {
        // ComplaintDeadlines counts N working days as N x 24 h of working-day time; from a working-day start
        // this must land exactly where AddWorkingDays does.
        for (var date = new DateOnly(2025, 9, 20); date <= new DateOnly(2025, 10, 20); date = date.AddDays(1))
        {
            if (!_calendar.IsWorkingDay(date))
            {
                continue;
            }

            var start = _calendar.AtLocal(date, new TimeOnly(14, 45));
            for (var n = 1; n <= 7; n++)
            {
                Assert.Equal(_calendar.AddWorkingDays(start, n), _calendar.AddWorkingTime(start, TimeSpan.FromDays(n)));
            }
        }
    }
}
