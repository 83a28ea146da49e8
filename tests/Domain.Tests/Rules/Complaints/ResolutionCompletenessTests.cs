using Platform.Domain.Complaints;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Complaints;

public class ResolutionCompletenessTests
{
    private static readonly ResolutionMeasure Compensation = new(ResolutionMeasureKind.Compensation, "Refund of the duplicated premium", 320.50m, "CNY");

    [Fact]
    public void R_CMP_04_resolution_without_measures_is_incomplete()
    {
        Assert.Equal("measures", Assert.Single(ResolutionCompleteness.CheckMeasures([])).Field);
        Assert.Single(ResolutionCompleteness.CheckMeasures(null));
    }

    [Fact]
    public void R_CMP_04_compensation_needs_a_positive_amount_and_currency()
    {
        var problems = ResolutionCompleteness.CheckMeasures([new ResolutionMeasure(ResolutionMeasureKind.Compensation, "Goodwill", 0m, null)]);
        Assert.Contains(problems, p => p.Field == "measures[0].amount");
        Assert.Contains(problems, p => p.Field == "measures[0].currency");
        Assert.Empty(ResolutionCompleteness.CheckMeasures([Compensation]));
    }

    [Fact]
    public void R_CMP_04_only_compensation_carries_an_amount_and_every_measure_is_described()
    {
        var problems = ResolutionCompleteness.CheckMeasures(
        [
            new ResolutionMeasure(ResolutionMeasureKind.Training, "Coaching on claims explanations", 100m),
            new ResolutionMeasure(ResolutionMeasureKind.ProcessChange, " "),
        ]);
        Assert.Equal(["measures[0].amount", "measures[1].description"], problems.Select(p => p.Field));
    }

    [Fact]
    public void R_CMP_04_complete_written_feedback_passes()
    {
        var feedback = new WrittenFeedback(
            "尊敬的客户：我们已退还重复扣缴的保费……", [Compensation], Shanghai(2025, 6, 3, 10, 0), Guid.NewGuid(), "如有疑问请于30日内申请复核。");
        Assert.Empty(ResolutionCompleteness.CheckFeedback(feedback));
    }

    [Fact]
    public void R_CMP_04_feedback_must_state_text_measures_time_handler_and_next_steps()
    {
        var problems = ResolutionCompleteness.CheckFeedback(new WrittenFeedback(null, [], null, Guid.Empty, ""));
        Assert.Equal(["text", "measures", "communicatedAt", "handlerId", "nextSteps"], problems.Select(p => p.Field));
    }
}
