using Platform.Domain.Complaints;
using Platform.Domain.Surveys;

namespace Platform.Domain.Tests.Rules.Surveys;

public class SurveyRuleTests
{
    [Fact]
    public void R_SAT_01_rate_is_share_of_overall_4_or_5()
    {
        var result = SatisfactionRate.Compute([5, 4, 3, 2, 1, 5, 4, 4]);
        Assert.Equal(8, result.Responses);
        Assert.Equal(5, result.Satisfied);
        Assert.Equal(0.625m, result.Rate);
        Assert.False(result.MeetsTarget);
    }

    [Fact]
    public void R_SAT_01_exactly_90_percent_meets_the_target_89_does_not()
    {
        Assert.True(SatisfactionRate.Compute([.. Enumerable.Repeat(5, 9), 3]).MeetsTarget);
        var justBelow = SatisfactionRate.Compute([.. Enumerable.Repeat(4, 89), .. Enumerable.Repeat(3, 11)]);
        Assert.Equal(0.89m, justBelow.Rate);
        Assert.False(justBelow.MeetsTarget);
    }

    [Fact]
    public void R_SAT_01_no_responses_has_no_rate_and_off_scale_scores_are_refused()
    {
        var empty = SatisfactionRate.Compute([]);
        Assert.Null(empty.Rate);
        Assert.False(empty.MeetsTarget);
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionRate.Compute([5, 6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionRate.Compute([0]));
    }

    [Theory]
    [InlineData(1, ComplaintStatus.FeedbackGiven, ClosingSurveyAction.SendToReview)]
    [InlineData(2, ComplaintStatus.FeedbackGiven, ClosingSurveyAction.SendToReview)]
    [InlineData(3, ComplaintStatus.FeedbackGiven, ClosingSurveyAction.None)]
    [InlineData(5, ComplaintStatus.FeedbackGiven, ClosingSurveyAction.None)]
    [InlineData(1, ComplaintStatus.Archived, ClosingSurveyAction.ArchivedUnchanged)]
    [InlineData(2, ComplaintStatus.UnderReview, ClosingSurveyAction.AlreadyUnderReview)]
    [InlineData(1, ComplaintStatus.Investigating, ClosingSurveyAction.StillInProgress)]
    [InlineData(1, ComplaintStatus.Resolved, ClosingSurveyAction.StillInProgress)]
    public void R_SAT_03_low_closing_score_sends_complaint_to_review_unless_archived(int score, ComplaintStatus status, ClosingSurveyAction expected)
    {
        Assert.Equal(expected, ClosingSurveyReview.Decide(score, status));
    }

    [Fact]
    public void R_SAT_03_off_scale_score_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClosingSurveyReview.Decide(0, ComplaintStatus.FeedbackGiven));
    }

    [Fact]
    public void R_SAT_04_one_answer_per_linked_record_per_customer()
    {
        var customer = Guid.NewGuid();
        var complaint = Guid.NewGuid();
        var answered = new[] { new SurveyAnswerKey(customer, SurveyTargetKind.Complaint, complaint) };

        Assert.False(SurveyUniqueness.MayAnswer(answered, new SurveyAnswerKey(customer, SurveyTargetKind.Complaint, complaint)));
        Assert.True(SurveyUniqueness.MayAnswer(answered, new SurveyAnswerKey(Guid.NewGuid(), SurveyTargetKind.Complaint, complaint)));
        Assert.True(SurveyUniqueness.MayAnswer(answered, new SurveyAnswerKey(customer, SurveyTargetKind.Interaction, complaint)));
        Assert.True(SurveyUniqueness.MayAnswer(answered, new SurveyAnswerKey(customer, SurveyTargetKind.Complaint, Guid.NewGuid())));
        Assert.False(SurveyUniqueness.MayAnswer([], new SurveyAnswerKey(customer, SurveyTargetKind.Policy, Guid.Empty)));
    }
}
