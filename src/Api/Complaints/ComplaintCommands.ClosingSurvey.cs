using Platform.Domain.Complaints;
using Platform.Domain.Surveys;

namespace Platform.Api.Complaints;

public sealed partial class ComplaintCommands
{
    /// <summary>
    /// R-SAT-03: a closing-survey score of 1 or 2 puts the complaint into review if it is not archived yet. The move is
    /// the workflow's own FEEDBACK_GIVEN → UNDER_REVIEW transition (history entry, ComplaintStatusChanged event, due
    /// times) made by the platform, in the transaction that stores the answer, so both commit or neither does. No
    /// reviewer is set: whoever concludes the review becomes it (R-CMP-05 recusal applies then).
    /// <para>
    /// Only FEEDBACK_GIVEN may move to UNDER_REVIEW (R-CMP-01), and the rule yields to the lifecycle: a complaint
    /// already under review or archived stays as it is, and one still being worked on (before feedback, or reopened)
    /// is left alone too, because it cannot be archived without passing UNDER_REVIEW anyway. The answer is stored in
    /// every case (see <see cref="ClosingSurveyReview"/>).
    /// </para>
    /// </summary>
    /// <returns>What the score did to the complaint.</returns>
    public async Task<ClosingSurveyAction> ReviewAfterClosingSurveyAsync(Guid complaintId, int overallScore, CancellationToken ct = default)
    {
        if (await LockedAsync(complaintId, ct) is not { } complaint)
        {
            return ClosingSurveyAction.None;
        }

        var action = ClosingSurveyReview.Decide(overallScore, complaint.Status);
        if (action == ClosingSurveyAction.SendToReview)
        {
            var now = clock.Now;
            await ApplyAsync(complaint, ComplaintStatus.UnderReview, $"R-SAT-03: closing survey scored {overallScore}", now, c => c.ReviewStartedAt = now, ct);
        }

        return action;
    }
}
