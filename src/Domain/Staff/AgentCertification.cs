namespace Platform.Domain.Staff;

/// <summary>An onboarding training result (R-TRN-01).</summary>
/// <param name="CompletedOn">When the onboarding course was completed.</param>
/// <param name="ScorePercent">Score in percent, 0-100.</param>
/// <param name="Passed">Whether the course was marked passed.</param>
public sealed record OnboardingResult(DateOnly CompletedOn, decimal ScorePercent, bool Passed);

/// <summary>A psychological assessment result (上岗前须通过心理测评).</summary>
public sealed record PsychologicalAssessmentResult(DateOnly AssessedOn, bool Passed);

/// <summary>What keeps a staff member from acting as an agent.</summary>
public enum CertificationGap
{
    OnboardingMissing,
    OnboardingNotFullPass,
    PsychologicalAssessmentMissing,
    PsychologicalAssessmentFailed,
}

/// <summary>Whether a staff member may act as an agent, and what is missing if not.</summary>
public sealed record AgentCertificationStatus(bool MayActAsAgent, IReadOnlyList<CertificationGap> Gaps);

/// <summary>
/// R-AGT-01 / R-TRN-01: a staff member may act as an agent (start an interaction) only after an onboarding
/// result with a full pass (100%) and a passed psychological assessment; the most recent assessment decides,
/// so a later failed assessment withdraws the certification.
/// </summary>
public static class AgentCertification
{
    /// <summary>The onboarding score that counts as a full pass.</summary>
    public const decimal FullPassPercent = 100m;

    /// <summary>Checks the staff member's onboarding and assessment results.</summary>
    public static AgentCertificationStatus Check(IEnumerable<OnboardingResult> onboarding, IEnumerable<PsychologicalAssessmentResult> assessments)
    {
        ArgumentNullException.ThrowIfNull(onboarding);
        ArgumentNullException.ThrowIfNull(assessments);
        var gaps = new List<CertificationGap>();

        var onboardingResults = onboarding.ToList();
        if (onboardingResults.Count == 0)
        {
            gaps.Add(CertificationGap.OnboardingMissing);
        }
        else if (!onboardingResults.Any(r => r.Passed && r.ScorePercent >= FullPassPercent))
        {
            gaps.Add(CertificationGap.OnboardingNotFullPass);
        }

        var latest = assessments.OrderBy(a => a.AssessedOn).LastOrDefault();
        if (latest is null)
        {
            gaps.Add(CertificationGap.PsychologicalAssessmentMissing);
        }
        else if (!latest.Passed)
        {
            gaps.Add(CertificationGap.PsychologicalAssessmentFailed);
        }

        return new AgentCertificationStatus(gaps.Count == 0, gaps);
    }
}
