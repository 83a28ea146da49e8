namespace Platform.Domain.Complaints;

/// <summary>
/// R-CMP-05 and R-CMP-09: a review (复核), including one the customer requests after the decision, is done by
/// someone other than the complaint's handler.
/// </summary>
public static class ReviewRecusal
{
    /// <summary>Whether a transition is a review decision (archive or reopen), which only a non-handler may make.</summary>
    public static bool IsReviewDecision(ComplaintStatus from, ComplaintStatus to) =>
        from == ComplaintStatus.UnderReview && ComplaintLifecycle.CanTransition(from, to);

    /// <summary>Whether the reviewer may review a complaint handled by the given handler.</summary>
    /// <param name="handlerId">The handler who investigated and decided; null when none was ever assigned.</param>
    /// <param name="reviewerId">The staff member proposing to review.</param>
    public static ReviewerCheck Check(Guid? handlerId, Guid reviewerId)
    {
        if (reviewerId == Guid.Empty)
        {
            return new ReviewerCheck(false, "A review needs an identified reviewer.");
        }

        return handlerId == reviewerId
            ? new ReviewerCheck(false, "The complaint's handler cannot review their own complaint; another reviewer must be assigned.")
            : new ReviewerCheck(true, null);
    }
}

/// <summary>Whether a proposed reviewer is acceptable, and why not (R-CMP-05, R-CMP-09).</summary>
public sealed record ReviewerCheck(bool Allowed, string? Reason);
