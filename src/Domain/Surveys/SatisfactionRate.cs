namespace Platform.Domain.Surveys;

/// <summary>The satisfaction rate of a set of responses (R-SAT-01).</summary>
/// <param name="Responses">Responses counted.</param>
/// <param name="Satisfied">Responses with an overall score of 4 or 5.</param>
public sealed record SatisfactionRateResult(int Responses, int Satisfied)
{
    /// <summary>Share of satisfied responses, 0-1; null when there are no responses.</summary>
    public decimal? Rate => Responses == 0 ? null : (decimal)Satisfied / Responses;

    /// <summary>Whether the rate reaches the 90% target; false when there are no responses.</summary>
    public bool MeetsTarget => Rate >= SatisfactionRate.Target;
}

/// <summary>R-SAT-01: satisfaction rate = share of responses with overall score 4 or 5; the target is at least 90%.</summary>
public static class SatisfactionRate
{
    /// <summary>The target rate.</summary>
    public const decimal Target = 0.90m;

    /// <summary>Lowest overall score that counts as satisfied.</summary>
    public const int SatisfiedFrom = 4;

    /// <summary>Computes the rate from overall scores.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1-5.</exception>
    public static SatisfactionRateResult Compute(IEnumerable<int> overallScores)
    {
        var responses = 0;
        var satisfied = 0;
        foreach (var score in overallScores)
        {
            SurveyScale.EnsureValid(score);
            responses++;
            if (score >= SatisfiedFrom)
            {
                satisfied++;
            }
        }

        return new SatisfactionRateResult(responses, satisfied);
    }
}

/// <summary>The 1-5 Likert scale of survey scores.</summary>
public static class SurveyScale
{
    /// <summary>Lowest score.</summary>
    public const int Min = 1;

    /// <summary>Highest score.</summary>
    public const int Max = 5;

    /// <summary>Whether a score is on the scale.</summary>
    public static bool IsValid(int score) => score is >= Min and <= Max;

    /// <summary>Throws when a score is off the scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Score outside 1-5.</exception>
    public static void EnsureValid(int score)
    {
        if (!IsValid(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "Survey scores run from 1 to 5.");
        }
    }
}
