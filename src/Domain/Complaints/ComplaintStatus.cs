namespace Platform.Domain.Complaints;

/// <summary>Status of a complaint in its lifecycle (R-CMP-01).</summary>
public enum ComplaintStatus
{
    Received,
    Accepted,
    Investigating,
    Resolved,
    FeedbackGiven,
    UnderReview,
    Archived,
}
