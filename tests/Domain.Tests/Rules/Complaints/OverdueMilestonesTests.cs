using Platform.Domain.Complaints;

namespace Platform.Domain.Tests.Rules.Complaints;

public sealed class OverdueMilestonesTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static ComplaintDueTimes Open(bool paused = false, ComplaintStatus status = ComplaintStatus.Received) => new(
        status, paused,
        AcceptDueAt: Received.AddHours(24), AcceptedAt: null,
        InvestigationDueAt: Received.AddHours(48), InvestigationStartedAt: null,
        ResolveDueAt: Received.AddDays(9), ResolvedAt: null,
        FeedbackDueAt: null, FeedbackGivenAt: null,
        DecisionDueAt: null, DecidedAt: null);

    [Fact]
    public void Nothing_passes_before_the_first_due_time_R_CMP_02() =>
        Assert.Empty(OverdueMilestones.PassedSince(Open(), null, Received.AddHours(23)));

    [Fact]
    public void A_passed_deadline_is_announced_once_R_CMP_02()
    {
        var now = Received.AddHours(25);
        Assert.Equal([ComplaintMilestone.Accept], OverdueMilestones.PassedSince(Open(), null, now));
        // The alert of `now` covered it: a later sweep before the next due time finds nothing new.
        Assert.Empty(OverdueMilestones.PassedSince(Open(), now, now.AddHours(1)));
    }

    [Fact]
    public void Each_later_deadline_is_a_new_announcement_R_CMP_02()
    {
        var firstAlert = Received.AddHours(25);
        Assert.Equal([ComplaintMilestone.InitialInvestigation], OverdueMilestones.PassedSince(Open(), firstAlert, Received.AddHours(49)));
    }

    [Fact]
    public void Deadlines_that_passed_between_two_sweeps_share_one_announcement_R_CMP_02() =>
        Assert.Equal(
            [ComplaintMilestone.Accept, ComplaintMilestone.InitialInvestigation],
            OverdueMilestones.PassedSince(Open(), null, Received.AddHours(49)));

    [Fact]
    public void Fulfilled_obligations_are_not_overdue_R_CMP_02()
    {
        var accepted = Open() with { AcceptedAt = Received.AddHours(30) };
        Assert.Equal([ComplaintMilestone.InitialInvestigation], OverdueMilestones.PassedSince(accepted, null, Received.AddHours(49)));
    }

    [Fact]
    public void Feedback_is_due_only_after_resolution_R_CMP_02()
    {
        var resolved = Open(status: ComplaintStatus.Resolved) with
        {
            AcceptedAt = Received.AddHours(1),
            InvestigationStartedAt = Received.AddHours(2),
            ResolvedAt = Received.AddDays(3),
            FeedbackDueAt = Received.AddDays(5),
        };
        Assert.Equal([ComplaintMilestone.Feedback], OverdueMilestones.PassedSince(resolved, Received.AddDays(4), Received.AddDays(6)));
    }

    [Fact]
    public void A_paused_clock_raises_no_tenant_deadline_but_the_regulatory_ceiling_never_pauses_R_CMP_08_R_CMP_07()
    {
        var paused = Open(paused: true) with { DecisionDueAt = Received.AddDays(15) };
        Assert.Equal([ComplaintMilestone.RegulatoryCeiling], OverdueMilestones.PassedSince(paused, Received.AddDays(10), Received.AddDays(16)));
    }

    [Fact]
    public void Archived_complaints_raise_nothing_R_CMP_02() =>
        Assert.Empty(OverdueMilestones.PassedSince(Open(status: ComplaintStatus.Archived), null, Received.AddDays(30)));
}
