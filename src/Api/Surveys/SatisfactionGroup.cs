using Platform.Domain.Interactions;
using Platform.Domain.Surveys;

namespace Platform.Api.Surveys;

/// <summary>How many responses gave one score.</summary>
public sealed record ScoreCount(int Score, int Count);

/// <summary>Satisfaction figures (R-SAT-01) of one group of responses, with the group's key (R-SAT-02).</summary>
public sealed record SatisfactionGroup(
    Guid? AgentId, Guid? TeamId, InteractionChannel? Channel, SurveyDimension? Dimension, DateOnly? PeriodStart, IReadOnlyList<ScoreCount> Scores)
{
    private SatisfactionRateResult Figures => SatisfactionRate.Compute(Scores.SelectMany(s => Enumerable.Repeat(s.Score, s.Count)));

    /// <summary>Number of responses counted.</summary>
    public int Responses => Scores.Sum(s => s.Count);

    /// <summary>Responses with a score of 4 or 5.</summary>
    public int Satisfied => Figures.Satisfied;

    /// <summary>Satisfied share, 0-1; null without responses.</summary>
    public double? Rate => Figures.Rate is { } rate ? (double)rate : null;

    /// <summary>Whether the rate reaches the target.</summary>
    public bool MeetsTarget => Figures.MeetsTarget;

    /// <summary>Mean score; null without responses.</summary>
    public double? AverageScore => Responses == 0 ? null : (double)Scores.Sum(s => s.Score * s.Count) / Responses;
}

/// <summary>Satisfaction aggregates of a period (R-SAT-01, R-SAT-02).</summary>
public sealed record SatisfactionReport(DateOnly From, DateOnly To, SurveyDimension? Dimension, SatisfactionGroup Total, IReadOnlyList<SatisfactionGroup> Groups)
{
    /// <summary>The target satisfaction rate.</summary>
    public double Target => (double)SatisfactionRate.Target;
}
