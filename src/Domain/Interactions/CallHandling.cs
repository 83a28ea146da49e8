namespace Platform.Domain.Interactions;

/// <summary>Why a transfer request is refused (R-CALL-02).</summary>
public enum TransferProblem
{
    ReasonMissing,
    ExpectedWaitMissing,
    ExpectedWaitTooLong,
}

/// <summary>
/// R-CALL-02: simple inquiries are completed within 5 minutes; a transfer states its reason and an expected
/// wait of at most 2 minutes.
/// </summary>
public static class CallHandling
{
    /// <summary>Longest handle time of a simple inquiry.</summary>
    public static readonly TimeSpan SimpleInquiryWithin = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait a transfer may announce.</summary>
    public static readonly TimeSpan MaxTransferWait = TimeSpan.FromMinutes(2);

    /// <summary>Whether a simple inquiry took longer than 5 minutes.</summary>
    public static bool IsSimpleInquiryOverrun(DateTimeOffset startedAt, DateTimeOffset endedAt) => endedAt - startedAt > SimpleInquiryWithin;

    /// <summary>Problems with a transfer request; empty when it may proceed.</summary>
    public static IReadOnlyList<TransferProblem> CheckTransfer(string? reason, TimeSpan? expectedWait)
    {
        var problems = new List<TransferProblem>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(TransferProblem.ReasonMissing);
        }

        if (expectedWait is not { } wait || wait < TimeSpan.Zero)
        {
            problems.Add(TransferProblem.ExpectedWaitMissing);
        }
        else if (wait > MaxTransferWait)
        {
            problems.Add(TransferProblem.ExpectedWaitTooLong);
        }

        return problems;
    }
}

/// <summary>What an escalation commits the insurer to (R-CALL-04).</summary>
/// <param name="Urgency">Always urgent.</param>
/// <param name="PushBy">The responsible department must have received the escalation event by then.</param>
/// <param name="CallbackBy">The customer is promised a callback by then.</param>
public sealed record EscalationPlan(Urgency Urgency, DateTimeOffset PushBy, DateTimeOffset CallbackBy);

/// <summary>
/// R-CALL-04: a complex complaint or system problem raised in a call is escalated: tagged urgent, a callback
/// promised within 24 hours and pushed to the responsible department within 10 minutes.
/// </summary>
public static class CallEscalation
{
    /// <summary>Longest time from raising to pushing to the responsible department.</summary>
    public static readonly TimeSpan PushWithin = TimeSpan.FromMinutes(10);

    /// <summary>Longest time from raising to the promised callback.</summary>
    public static readonly TimeSpan CallbackWithin = TimeSpan.FromHours(24);

    /// <summary>The obligations created by an escalation raised at the instant.</summary>
    public static EscalationPlan Plan(DateTimeOffset raisedAt) => new(Urgency.Urgent, raisedAt + PushWithin, raisedAt + CallbackWithin);

    /// <summary>Whether the push happened within 10 minutes.</summary>
    public static bool IsPushOnTime(DateTimeOffset raisedAt, DateTimeOffset pushedAt) => pushedAt - raisedAt <= PushWithin;

    /// <summary>Whether the callback happened within 24 hours.</summary>
    public static bool IsCallbackOnTime(DateTimeOffset raisedAt, DateTimeOffset calledBackAt) => calledBackAt - raisedAt <= CallbackWithin;
}

/// <summary>
/// R-CALL-08: a complaint about outbound-call harassment is recorded within 1 hour of being raised and routed
/// to quality inspection.
/// </summary>
public static class HarassmentComplaintRouting
{
    /// <summary>Longest time from the customer raising it to the complaint record.</summary>
    public static readonly TimeSpan RecordWithin = TimeSpan.FromHours(1);

    /// <summary>Whether the complaint must be routed to quality inspection.</summary>
    public static bool RoutesToQualityInspection(Complaints.ComplaintCategory category) => category == Complaints.ComplaintCategory.OutboundHarassment;

    /// <summary>Whether the record was made within the hour.</summary>
    public static bool IsRecordedInTime(DateTimeOffset raisedAt, DateTimeOffset recordedAt) => recordedAt - raisedAt <= RecordWithin;
}
