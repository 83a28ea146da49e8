using Platform.Domain.Calendar;
using Platform.Domain.Complaints;

namespace Platform.Domain.Tests.Rules.Complaints;

public class ComplaintAnalyticsTests
{
    [Fact]
    public void R_CMP_06_a_share_is_part_over_whole_and_no_share_without_a_whole()
    {
        Assert.Equal(0.25m, ComplaintAnalytics.Share(1, 4));
        Assert.Equal(0m, ComplaintAnalytics.Share(0, 3));
        Assert.Equal(1m, ComplaintAnalytics.Share(3, 3));
        Assert.Null(ComplaintAnalytics.Share(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintAnalytics.Share(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintAnalytics.Share(-1, 4));
    }

    [Fact]
    public void R_CMP_06_figures_give_rate_of_total_share_within_deadline_and_average_hours_to_resolve()
    {
        // 4 complaints, 2 resolved (one in time) after 10 h and 30 h.
        var group = new ComplaintFigures(Complaints: 4, Resolved: 2, ResolvedWithinDeadline: 1, SecondsToResolve: 40 * 3600);
        var total = group + new ComplaintFigures(6, 0, 0, 0);

        Assert.Equal(new ComplaintFigures(10, 2, 1, 40 * 3600), total);
        Assert.Equal(0.4m, group.RateOf(total));
        Assert.Equal(0.5m, group.ResolvedWithinDeadlineRate);
        Assert.Equal(20.0, group.AverageHoursToResolve);
    }

    [Fact]
    public void R_CMP_06_figures_without_resolutions_have_no_deadline_share_and_no_average()
    {
        var open = new ComplaintFigures(3, 0, 0, 0);
        Assert.Null(open.ResolvedWithinDeadlineRate);
        Assert.Null(open.AverageHoursToResolve);
        Assert.Null(ComplaintFigures.None.RateOf(ComplaintFigures.None));
    }

    [Theory]
    [InlineData("2025-03-12", PeriodUnit.Day, "2025-03-12")]
    [InlineData("2025-03-12", PeriodUnit.Week, "2025-03-10")] // Wednesday → its Monday
    [InlineData("2025-03-16", PeriodUnit.Week, "2025-03-10")] // Sunday ends the ISO week
    [InlineData("2025-03-10", PeriodUnit.Week, "2025-03-10")]
    [InlineData("2025-01-01", PeriodUnit.Week, "2024-12-30")] // a week crossing the year keeps its Monday
    [InlineData("2025-03-31", PeriodUnit.Month, "2025-03-01")]
    [InlineData("2025-08-15", PeriodUnit.Quarter, "2025-07-01")]
    [InlineData("2025-12-31", PeriodUnit.Quarter, "2025-10-01")]
    [InlineData("2025-12-31", PeriodUnit.Year, "2025-01-01")]
    public void R_CMP_06_a_day_falls_into_the_bucket_starting_on_its_monday_or_first_of_month_quarter_year(string day, PeriodUnit unit, string start)
    {
        Assert.Equal(DateOnly.Parse(start), ComplaintAnalytics.BucketStart(DateOnly.Parse(day), unit));
    }

    [Fact]
    public void R_CMP_06_buckets_cover_the_period_including_the_one_it_starts_in()
    {
        Assert.Equal(
            [new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1)],
            ComplaintAnalytics.Buckets(new DateOnly(2025, 1, 15), new DateOnly(2025, 3, 1), PeriodUnit.Month));
        Assert.Equal(
            [new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 10)],
            ComplaintAnalytics.Buckets(new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 16), PeriodUnit.Week));
        Assert.Single(ComplaintAnalytics.Buckets(new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 5), PeriodUnit.Day));
        Assert.Throws<ArgumentException>(() => ComplaintAnalytics.Buckets(new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 4), PeriodUnit.Day));
    }
}
