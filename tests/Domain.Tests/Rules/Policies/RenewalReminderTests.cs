using Platform.Domain.Policies;

namespace Platform.Domain.Tests.Rules.Policies;

public class RenewalReminderTests
{
    private static readonly DateOnly End = new(2025, 12, 31);

    [Fact]
    public void R_POL_01_reminder_due_30_days_before_the_end_date()
    {
        Assert.Equal(new DateOnly(2025, 12, 1), RenewalReminder.DueOn(End));
        Assert.False(RenewalReminder.IsDue(End, new DateOnly(2025, 11, 30)));
        Assert.True(RenewalReminder.IsDue(End, new DateOnly(2025, 12, 1)));
        Assert.True(RenewalReminder.IsDue(End, End));
        Assert.False(RenewalReminder.IsDue(End, End.AddDays(1)));
    }

    [Fact]
    public void R_POL_01_due_date_across_a_month_of_different_length()
    {
        Assert.Equal(new DateOnly(2024, 1, 31), RenewalReminder.DueOn(new DateOnly(2024, 3, 1)));
        Assert.Equal(new DateOnly(2025, 1, 30), RenewalReminder.DueOn(new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void R_POL_01_query_window_matches_IsDue()
    {
        var today = new DateOnly(2025, 6, 15);
        var (first, last) = RenewalReminder.EndDatesDueOn(today);
        Assert.True(RenewalReminder.IsDue(first, today));
        Assert.True(RenewalReminder.IsDue(last, today));
        Assert.False(RenewalReminder.IsDue(first.AddDays(-1), today));
        Assert.False(RenewalReminder.IsDue(last.AddDays(1), today));
    }

    [Theory]
    [InlineData(PolicyStatus.Active, true)]
    [InlineData(PolicyStatus.PendingUnderwriting, false)]
    [InlineData(PolicyStatus.Lapsed, false)]
    [InlineData(PolicyStatus.Terminated, false)]
    [InlineData(PolicyStatus.Expired, false)]
    public void R_POL_01_only_active_policies_get_reminders(PolicyStatus status, bool applies)
    {
        Assert.Equal(applies, RenewalReminder.AppliesTo(status));
    }
}
