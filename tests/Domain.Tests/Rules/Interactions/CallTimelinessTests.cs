using Platform.Domain.Complaints;
using Platform.Domain.Interactions;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Interactions;

public class CallTimelinessTests
{
    private static readonly DateTimeOffset T0 = Shanghai(2025, 6, 16, 10, 0);

    [Fact]
    public void R_CALL_01_answer_at_15_seconds_is_on_time_later_is_late()
    {
        Assert.False(AnswerTimeliness.IsLateAnswer(T0, T0.AddSeconds(15)));
        Assert.True(AnswerTimeliness.IsLateAnswer(T0, T0.AddSeconds(15).AddMilliseconds(1)));
        Assert.False(AnswerTimeliness.IsLateAnswer(T0, T0));
    }

    [Fact]
    public void R_CALL_01_answer_before_offer_is_refused_as_bad_input()
    {
        Assert.Throws<ArgumentException>(() => AnswerTimeliness.IsLateAnswer(T0, T0.AddSeconds(-1)));
    }

    [Fact]
    public void R_CALL_07_wrap_up_within_5_minutes_is_not_a_defect()
    {
        var assessment = WrapUpTimeliness.Assess(T0, T0.AddMinutes(5), "客户咨询保单续期，已告知缴费方式", OutcomeTag.Valid);
        Assert.False(assessment.IsServiceDefect);
        Assert.True(assessment.IsComplete);
    }

    [Fact]
    public void R_CALL_07_wrap_up_after_5_minutes_is_a_service_defect()
    {
        var assessment = WrapUpTimeliness.Assess(T0, T0.AddMinutes(5).AddSeconds(1), "Customer refused the survey", OutcomeTag.Refused);
        Assert.True(assessment.IsServiceDefect);
        Assert.True(assessment.IsComplete);
    }

    [Fact]
    public void R_CALL_07_wrap_up_needs_content_and_outcome_tag()
    {
        var assessment = WrapUpTimeliness.Assess(T0, T0.AddMinutes(1), "  ", null);
        Assert.Equal([WrapUpProblem.ContentMissing, WrapUpProblem.OutcomeTagMissing], assessment.Problems);
        Assert.Contains(WrapUpProblem.OutcomeTagMissing, WrapUpTimeliness.Assess(T0, T0, "x", (OutcomeTag)42).Problems);
        Assert.Contains(WrapUpProblem.RecordedBeforeCallEnded, WrapUpTimeliness.Assess(T0, T0.AddSeconds(-1), "x", OutcomeTag.Invalid).Problems);
    }

    [Fact]
    public void R_CALL_02_simple_inquiry_over_5_minutes_is_flagged()
    {
        Assert.False(CallHandling.IsSimpleInquiryOverrun(T0, T0.AddMinutes(5)));
        Assert.True(CallHandling.IsSimpleInquiryOverrun(T0, T0.AddMinutes(5).AddSeconds(1)));
    }

    [Fact]
    public void R_CALL_02_transfer_needs_a_reason_and_a_wait_of_at_most_2_minutes()
    {
        Assert.Empty(CallHandling.CheckTransfer("Claims specialist needed", TimeSpan.FromMinutes(2)));
        Assert.Equal([TransferProblem.ExpectedWaitTooLong], CallHandling.CheckTransfer("Claims", TimeSpan.FromSeconds(121)));
        Assert.Equal([TransferProblem.ReasonMissing, TransferProblem.ExpectedWaitMissing], CallHandling.CheckTransfer(" ", null));
        Assert.Equal([TransferProblem.ExpectedWaitMissing], CallHandling.CheckTransfer("x", TimeSpan.FromSeconds(-5)));
    }

    [Fact]
    public void R_CALL_04_escalation_is_urgent_pushed_within_10_minutes_callback_within_24_hours()
    {
        var plan = CallEscalation.Plan(T0);
        Assert.Equal(Urgency.Urgent, plan.Urgency);
        Assert.Equal(T0.AddMinutes(10), plan.PushBy);
        Assert.Equal(T0.AddHours(24), plan.CallbackBy);
        Assert.True(CallEscalation.IsPushOnTime(T0, T0.AddMinutes(10)));
        Assert.False(CallEscalation.IsPushOnTime(T0, T0.AddMinutes(10).AddSeconds(1)));
        Assert.True(CallEscalation.IsCallbackOnTime(T0, T0.AddHours(24)));
        Assert.False(CallEscalation.IsCallbackOnTime(T0, T0.AddHours(24).AddMinutes(1)));
    }

    [Fact]
    public void R_CALL_08_harassment_complaint_recorded_within_an_hour_and_routed_to_quality_inspection()
    {
        Assert.True(HarassmentComplaintRouting.RoutesToQualityInspection(ComplaintCategory.OutboundHarassment));
        Assert.False(HarassmentComplaintRouting.RoutesToQualityInspection(ComplaintCategory.Claims));
        Assert.True(HarassmentComplaintRouting.IsRecordedInTime(T0, T0.AddHours(1)));
        Assert.False(HarassmentComplaintRouting.IsRecordedInTime(T0, T0.AddHours(1).AddSeconds(1)));
    }
}
