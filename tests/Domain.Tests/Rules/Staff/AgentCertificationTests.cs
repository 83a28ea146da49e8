using Platform.Domain.Staff;

namespace Platform.Domain.Tests.Rules.Staff;

public class AgentCertificationTests
{
    private static readonly OnboardingResult FullPass = new(new DateOnly(2025, 3, 1), 100m, true);
    private static readonly PsychologicalAssessmentResult AssessmentPassed = new(new DateOnly(2025, 2, 20), true);

    [Fact]
    public void R_AGT_01_full_onboarding_pass_and_passed_assessment_certify()
    {
        var status = AgentCertification.Check([FullPass], [AssessmentPassed]);
        Assert.True(status.MayActAsAgent);
        Assert.Empty(status.Gaps);
    }

    [Fact]
    public void R_AGT_01_R_TRN_01_onboarding_at_99_5_percent_is_not_a_full_pass()
    {
        var status = AgentCertification.Check([FullPass with { ScorePercent = 99.5m }], [AssessmentPassed]);
        Assert.False(status.MayActAsAgent);
        Assert.Equal([CertificationGap.OnboardingNotFullPass], status.Gaps);
    }

    [Fact]
    public void R_AGT_01_R_TRN_01_a_100_percent_score_not_marked_passed_does_not_count()
    {
        Assert.Equal([CertificationGap.OnboardingNotFullPass], AgentCertification.Check([FullPass with { Passed = false }], [AssessmentPassed]).Gaps);
    }

    [Fact]
    public void R_AGT_01_a_later_full_pass_after_a_failed_attempt_certifies()
    {
        var failed = new OnboardingResult(new DateOnly(2025, 2, 1), 80m, false);
        Assert.True(AgentCertification.Check([failed, FullPass], [AssessmentPassed]).MayActAsAgent);
    }

    [Fact]
    public void R_AGT_01_missing_training_and_assessment_are_both_reported()
    {
        var status = AgentCertification.Check([], []);
        Assert.False(status.MayActAsAgent);
        Assert.Equal([CertificationGap.OnboardingMissing, CertificationGap.PsychologicalAssessmentMissing], status.Gaps);
    }

    [Fact]
    public void R_AGT_01_the_most_recent_psychological_assessment_decides()
    {
        var laterFail = new PsychologicalAssessmentResult(new DateOnly(2025, 9, 1), false);
        Assert.Equal([CertificationGap.PsychologicalAssessmentFailed], AgentCertification.Check([FullPass], [AssessmentPassed, laterFail]).Gaps);
        var laterPass = new PsychologicalAssessmentResult(new DateOnly(2025, 10, 1), true);
        Assert.True(AgentCertification.Check([FullPass], [laterPass, laterFail, AssessmentPassed]).MayActAsAgent);
    }
}
