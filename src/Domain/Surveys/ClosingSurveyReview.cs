using Platform.Domain.Complaints;

namespace Platform.Domain.Surveys;

/// <summary>What a complaint's closing-survey score means for the complaint (R-SAT-03).</summary>
public enum ClosingSurveyAction
{
    /// <summary>Score 3-5: nothing to do.</summary>
    None,

    /// <summary>Score 1-2 on a complaint with feedback given: move it to UNDER_REVIEW.</summary>
    SendToReview,

    /// <summary>Score 1-2, but the complaint is already under review.</summary>
    AlreadyUnderReview,

    /// <summary>Score 1-2, but the complaint is archived: it stays archived.</summary>
    ArchivedUnchanged,

    /// <summary>Score 1-2 while the complaint is still being worked on (before feedback, or reopened): it reaches review by its normal course.</summary>
    StillInProgress,
}

/// <summary>
/// R-SAT-03: a score of 1 or 2 on a complaint's closing survey puts the complaint into review (UNDER_REVIEW) if
/// it is not archived yet; only FEEDBACK_GIVEN → UNDER_REVIEW is a legal move (R-CMP-01).
/// </summary>
public static class ClosingSurveyReview
{
    /// <summary>Highest overall score that sends a complaint to review.</summary>
    public const int LowScoreUpTo = 2;

    /// <summary>Decides what a closing-survey score does to the complaint.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Score outside 1-5.</exception>
    public static ClosingSurveyAction Decide(int overallScore, ComplaintStatus status)
    {
        SurveyScale.EnsureValid(overallScore);
        if (overallScore > LowScoreUpTo)
        {
            return ClosingSurveyAction.None;
        }

        return status switch
        {
            ComplaintStatus.Archived => ClosingSurveyAction.ArchivedUnchanged,
            ComplaintStatus.UnderReview => ClosingSurveyAction.AlreadyUnderReview,
            _ when ComplaintLifecycle.CanTransition(status, ComplaintStatus.UnderReview) => ClosingSurveyAction.SendToReview,
            _ => ClosingSurveyAction.StillInProgress,
        };
    }
}
