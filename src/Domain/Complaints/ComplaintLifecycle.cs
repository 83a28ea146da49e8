using System.Collections.Frozen;

namespace Platform.Domain.Complaints;

/// <summary>
/// R-CMP-01: the only allowed complaint status transitions, RECEIVED → ACCEPTED → INVESTIGATING → RESOLVED →
/// FEEDBACK_GIVEN → UNDER_REVIEW → ARCHIVED, plus a review sending the case back (UNDER_REVIEW → INVESTIGATING).
/// </summary>
public static class ComplaintLifecycle
{
    private static readonly FrozenDictionary<ComplaintStatus, ComplaintStatus[]> Next =
        new Dictionary<ComplaintStatus, ComplaintStatus[]>
        {
            [ComplaintStatus.Received] = [ComplaintStatus.Accepted],
            [ComplaintStatus.Accepted] = [ComplaintStatus.Investigating],
            [ComplaintStatus.Investigating] = [ComplaintStatus.Resolved],
            [ComplaintStatus.Resolved] = [ComplaintStatus.FeedbackGiven],
            [ComplaintStatus.FeedbackGiven] = [ComplaintStatus.UnderReview],
            [ComplaintStatus.UnderReview] = [ComplaintStatus.Archived, ComplaintStatus.Investigating],
            [ComplaintStatus.Archived] = [],
        }.ToFrozenDictionary();

    /// <summary>The status every complaint starts in.</summary>
    public const ComplaintStatus Initial = ComplaintStatus.Received;

    /// <summary>The statuses reachable in one step from the given one (empty for ARCHIVED).</summary>
    public static IReadOnlyList<ComplaintStatus> AllowedNext(ComplaintStatus current) =>
        Next.TryGetValue(current, out var next) ? next : [];

    /// <summary>Whether the complaint may move from one status to the other in one step.</summary>
    public static bool CanTransition(ComplaintStatus from, ComplaintStatus to) => AllowedNext(from).Contains(to);

    /// <summary>Decides a requested transition; a refusal names the current status and what is allowed instead.</summary>
    public static ComplaintTransitionDecision Decide(ComplaintStatus current, ComplaintStatus requested) =>
        CanTransition(current, requested)
            ? new ComplaintTransitionDecision(true, current, requested, AllowedNext(current),
                IsReopening: current == ComplaintStatus.UnderReview && requested == ComplaintStatus.Investigating)
            : new ComplaintTransitionDecision(false, current, requested, AllowedNext(current), IsReopening: false);
}

/// <summary>Outcome of a requested complaint status transition (R-CMP-01).</summary>
/// <param name="Allowed">Whether the transition may happen.</param>
/// <param name="Current">The complaint's status when asked.</param>
/// <param name="Requested">The status asked for.</param>
/// <param name="AllowedNext">The statuses that would have been accepted from <paramref name="Current"/>.</param>
/// <param name="IsReopening">True for a review sending the complaint back to INVESTIGATING.</param>
public sealed record ComplaintTransitionDecision(
    bool Allowed,
    ComplaintStatus Current,
    ComplaintStatus Requested,
    IReadOnlyList<ComplaintStatus> AllowedNext,
    bool IsReopening)
{
    /// <summary>A human-readable reason for a refusal; null when allowed.</summary>
    public string? RefusalMessage => Allowed
        ? null
        : AllowedNext.Count == 0
            ? $"A complaint in status {Current.Name()} cannot change status."
            : $"A complaint in status {Current.Name()} cannot move to {Requested.Name()}; allowed: {string.Join(", ", AllowedNext.Select(s => s.Name()))}.";
}
