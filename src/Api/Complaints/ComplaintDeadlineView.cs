using Platform.Domain.Complaints;

namespace Platform.Api.Complaints;

/// <summary>One deadline as the schema shows it: due time, completion, state, whether met, and seconds left.</summary>
public sealed record ComplaintDeadlineView(DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, MilestoneState State, bool? Met, long? RemainingSeconds)
{
    /// <summary>The view of a milestone outcome.</summary>
    public static ComplaintDeadlineView Of(MilestoneOutcome outcome) => new(
        outcome.DueAt,
        outcome.CompletedAt,
        outcome.State,
        outcome.CompletedAt is null ? null : outcome.State == MilestoneState.Met,
        outcome.Remaining is { } left ? (long)Math.Floor(left.TotalSeconds) : null);
}

/// <summary>All deadlines of one complaint: the tenant's own (R-CMP-02, R-CMP-08) and the regulatory ceiling (R-CMP-07).</summary>
public sealed record ComplaintDeadlinesView(
    ComplaintDeadlineView Accept,
    ComplaintDeadlineView InitialInvestigation,
    ComplaintDeadlineView Resolution,
    ComplaintDeadlineView? Feedback,
    ComplaintDeadlineView? RegulatoryCeiling,
    bool Overdue,
    bool Paused);
