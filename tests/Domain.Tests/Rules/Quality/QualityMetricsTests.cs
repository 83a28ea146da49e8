using Platform.Domain.Quality;

namespace Platform.Domain.Tests.Rules.Quality;

public class QualityMetricsTests
{
    private static readonly QualityCounts Busy = new()
    {
        InboundCalls = 8,
        AnsweredWithin15Seconds = 6,
        LateAnswers = 1,
        WrapUps = 10,
        LateWrapUps = 3,
        HandledCalls = 4,
        HandleSeconds = 1000,
        ComplaintsReceived = 2,
        SurveyResponses = 10,
        SatisfiedResponses = 9,
        Agents = 4,
        TrainingCompliantAgents = 3,
    };

    [Fact]
    public void R_CALL_01_answered_within_15_seconds_is_a_share_of_all_inbound_calls_including_unanswered_ones()
    {
        var metrics = QualityMetrics.Of(Busy);
        // 6 in time, 1 late, 1 never answered: the unanswered call counts against the rate.
        Assert.Equal(0.75m, metrics.AnsweredWithin15SecondsRate);
        Assert.Equal(0.125m, metrics.LateAnswerRate);
    }

    [Fact]
    public void R_CALL_07_late_wrap_up_rate_is_late_wrap_ups_over_recorded_wrap_ups()
    {
        Assert.Equal(0.3m, QualityMetrics.Of(Busy).LateWrapUpRate);
    }

    [Fact]
    public void Average_handle_time_is_total_seconds_over_handled_calls()
    {
        Assert.Equal(250m, QualityMetrics.Of(Busy).AverageHandleSeconds);
    }

    [Fact]
    public void R_SAT_01_satisfaction_reuses_the_rate_and_the_90_percent_target()
    {
        var satisfaction = QualityMetrics.Of(Busy).Satisfaction;
        Assert.Equal(0.9m, satisfaction.Rate);
        Assert.True(satisfaction.MeetsTarget);
        Assert.False(QualityMetrics.Of(Busy with { SatisfiedResponses = 8 }).Satisfaction.MeetsTarget);
    }

    [Fact]
    public void R_TRN_04_training_compliance_is_the_share_of_agents_without_shortfall()
    {
        Assert.Equal(0.75m, QualityMetrics.Of(Busy).TrainingComplianceRate);
    }

    [Fact]
    public void An_empty_period_has_null_rates_and_no_average()
    {
        var empty = QualityMetrics.Of(new QualityCounts());
        Assert.Null(empty.AnsweredWithin15SecondsRate);
        Assert.Null(empty.LateAnswerRate);
        Assert.Null(empty.LateWrapUpRate);
        Assert.Null(empty.AverageHandleSeconds);
        Assert.Null(empty.Satisfaction.Rate);
        Assert.False(empty.Satisfaction.MeetsTarget);
        Assert.Null(empty.TrainingComplianceRate);
        Assert.Equal(0, empty.Counts.ComplaintsReceived);
    }

    [Fact]
    public void Calls_without_wrap_ups_still_have_an_answer_rate_and_the_wrap_up_rate_stays_null()
    {
        var metrics = QualityMetrics.Of(new QualityCounts { InboundCalls = 2, AnsweredWithin15Seconds = 2 });
        Assert.Equal(1m, metrics.AnsweredWithin15SecondsRate);
        Assert.Null(metrics.LateWrapUpRate);
    }

    [Fact]
    public void Negative_counts_and_parts_larger_than_their_whole_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QualityMetrics.Of(new QualityCounts { InboundCalls = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => QualityMetrics.Of(new QualityCounts { HandleSeconds = -5 }));
        Assert.Throws<ArgumentException>(() => QualityMetrics.Of(Busy with { LateAnswers = 3 }));
        Assert.Throws<ArgumentException>(() => QualityMetrics.Of(Busy with { LateWrapUps = 11 }));
        Assert.Throws<ArgumentException>(() => QualityMetrics.Of(Busy with { SatisfiedResponses = 11 }));
        Assert.Throws<ArgumentException>(() => QualityMetrics.Of(Busy with { TrainingCompliantAgents = 5 }));
    }
}
