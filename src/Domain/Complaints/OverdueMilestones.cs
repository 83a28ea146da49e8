namespace Platform.Domain.Complaints;

/// <summary>The stored due times of a complaint and when each obligation was fulfilled.</summary>
public sealed record ComplaintDueTimes(
    ComplaintStatus Status,
    bool Paused,
    DateTimeOffset AcceptDueAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset InvestigationDueAt,
    DateTimeOffset? InvestigationStartedAt,
    DateTimeOffset ResolveDueAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? FeedbackDueAt,
    DateTimeOffset? FeedbackGivenAt,
    DateTimeOffset? DecisionDueAt,
    DateTimeOffset? DecidedAt);

/// <summary>
/// R-CMP-02: an overdue complaint raises an alert when it becomes overdue. An alert covers the open obligations whose
/// due time passed since the previous alert, so each passing is announced once however often the sweep runs. The
/// tenant's deadlines stand still while the complaint awaits the customer (R-CMP-08); the regulatory ceiling never
/// pauses (R-CMP-07).
/// </summary>
public static class OverdueMilestones
{
    /// <summary>The obligations still open whose due time lies after <paramref name="alertedUntil"/> and not after <paramref name="now"/>.</summary>
    public static IReadOnlyList<ComplaintMilestone> PassedSince(ComplaintDueTimes complaint, DateTimeOffset? alertedUntil, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var passed = new List<ComplaintMilestone>();
        if (complaint.Status == ComplaintStatus.Archived)
        {
            return passed;
        }

        bool Newly(DateTimeOffset? due) => due is { } d && d <= now && (alertedUntil is null || d > alertedUntil);

        if (!complaint.Paused)
        {
            if (complaint.AcceptedAt is null && Newly(complaint.AcceptDueAt))
            {
                passed.Add(ComplaintMilestone.Accept);
            }

            if (complaint.InvestigationStartedAt is null && Newly(complaint.InvestigationDueAt))
            {
                passed.Add(ComplaintMilestone.InitialInvestigation);
            }

            if (complaint.ResolvedAt is null && Newly(complaint.ResolveDueAt))
            {
                passed.Add(ComplaintMilestone.Resolution);
            }

            if (complaint.ResolvedAt is not null && complaint.FeedbackGivenAt is null && Newly(complaint.FeedbackDueAt))
            {
                passed.Add(ComplaintMilestone.Feedback);
            }
        }

        if (complaint.DecidedAt is null && Newly(complaint.DecisionDueAt))
        {
            passed.Add(ComplaintMilestone.RegulatoryCeiling);
        }

        return passed;
    }
}
