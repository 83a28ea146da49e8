using Platform.Domain.Complaints;
using Platform.Domain.Tenancy;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Complaints;

public class RegulatoryCeilingTests
{
    private static readonly TimeZoneInfo Zone = TenantTimeZone.Default;
    private static readonly DateTimeOffset Accepted = Shanghai(2025, 9, 30, 15, 0);

    [Fact]
    public void R_CMP_07_ceiling_is_15_calendar_days_holidays_included()
    {
        // Oct 1-8 holidays do not extend a calendar-day ceiling: it ends at the close of Oct 15.
        Assert.Equal(Shanghai(2025, 10, 16, 0, 0), RegulatoryCeiling.DueAt(Accepted, CeilingLevel.Standard, Zone));
        Assert.Equal(MilestoneState.Met, RegulatoryCeiling.Evaluate(Accepted, CeilingLevel.Standard, Shanghai(2025, 10, 15, 23, 59), Accepted, Zone).State);
        Assert.Equal(MilestoneState.Missed, RegulatoryCeiling.Evaluate(Accepted, CeilingLevel.Standard, Shanghai(2025, 10, 16, 0, 0, 1), Accepted, Zone).State);
    }

    [Fact]
    public void R_CMP_07_ceiling_never_pauses_and_is_always_shown()
    {
        // Even while the tenant clock is paused awaiting the customer, the ceiling runs on and becomes overdue.
        var outcome = RegulatoryCeiling.Evaluate(Accepted, CeilingLevel.Standard, null, Shanghai(2025, 10, 20), Zone);
        Assert.Equal(MilestoneState.Overdue, outcome.State);
        Assert.NotNull(outcome.DueAt);
        Assert.True(outcome.Remaining < TimeSpan.Zero);
    }

    [Fact]
    public void R_CMP_07_extension_to_30_days_needs_a_recorded_reason()
    {
        var noReason = new CeilingExtension(CeilingLevel.Complex, " ", Shanghai(2025, 10, 10));
        Assert.Equal([CeilingExtensionProblem.ReasonMissing], RegulatoryCeiling.CheckExtension(Accepted, CeilingLevel.Standard, noReason, Zone));

        var withReason = noReason with { Reason = "Third-party medical appraisal required" };
        Assert.Empty(RegulatoryCeiling.CheckExtension(Accepted, CeilingLevel.Standard, withReason, Zone));
        Assert.Equal(Shanghai(2025, 10, 31, 0, 0), RegulatoryCeiling.DueAt(Accepted, CeilingLevel.Complex, Zone));
    }

    [Fact]
    public void R_CMP_07_extension_to_60_days_needs_supervisor_approval_and_customer_notice()
    {
        var bare = new CeilingExtension(CeilingLevel.ParticularlyComplex, "Litigation pending", Shanghai(2025, 10, 20));
        Assert.Equal(
            [CeilingExtensionProblem.SupervisorApprovalMissing, CeilingExtensionProblem.CustomerNoticeMissing],
            RegulatoryCeiling.CheckExtension(Accepted, CeilingLevel.Complex, bare, Zone));

        var complete = bare with { ApprovedBySupervisorId = Guid.NewGuid(), CustomerNotifiedAt = Shanghai(2025, 10, 20, 11, 0) };
        Assert.Empty(RegulatoryCeiling.CheckExtension(Accepted, CeilingLevel.Complex, complete, Zone));
        Assert.Equal(Shanghai(2025, 11, 30, 0, 0), RegulatoryCeiling.DueAt(Accepted, CeilingLevel.ParticularlyComplex, Zone));
    }

    [Fact]
    public void R_CMP_07_extension_cannot_lower_the_ceiling_or_revive_a_breached_one()
    {
        var lower = new CeilingExtension(CeilingLevel.Complex, "x", Shanghai(2025, 10, 10));
        Assert.Contains(CeilingExtensionProblem.NotAnIncrease, RegulatoryCeiling.CheckExtension(Accepted, CeilingLevel.ParticularlyComplex, lower, Zone));

        var late = new CeilingExtension(CeilingLevel.Complex, "Appraisal", Shanghai(2025, 10, 16, 0, 0));
        Assert.Equal([CeilingExtensionProblem.CeilingAlreadyPassed], RegulatoryCeiling.CheckExtension(Accepted, CeilingLevel.Standard, late, Zone));
    }
}
