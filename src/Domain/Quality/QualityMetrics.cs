using Platform.Domain.Surveys;

namespace Platform.Domain.Quality;

/// <summary>
/// Quality metrics of one agent or team (domain "Quality metrics"): the share of inbound calls answered within 15 s
/// (R-CALL-01), the share of late wrap-ups (R-CALL-07), the average handle time, complaints received, the
/// satisfaction rate (R-SAT-01, computed by <see cref="SatisfactionRateResult"/>) and the share of agents meeting
/// their training hours (R-TRN-02, R-TRN-03 as listed by R-TRN-04). An empty period has null rates, never a
/// division by zero.
/// </summary>
public sealed record QualityMetrics
{
    private QualityMetrics(QualityCounts counts) => Counts = counts;

    /// <summary>The counts the metrics are computed from.</summary>
    public QualityCounts Counts { get; }

    /// <summary>Answered within 15 s / inbound calls, 0-1; an unanswered call counts as not answered in time.</summary>
    public decimal? AnsweredWithin15SecondsRate => Share(Counts.AnsweredWithin15Seconds, Counts.InboundCalls);

    /// <summary>Late answers / inbound calls, 0-1.</summary>
    public decimal? LateAnswerRate => Share(Counts.LateAnswers, Counts.InboundCalls);

    /// <summary>Late wrap-ups / recorded wrap-ups, 0-1.</summary>
    public decimal? LateWrapUpRate => Share(Counts.LateWrapUps, Counts.WrapUps);

    /// <summary>Mean handle time of the ended calls in seconds; null without any.</summary>
    public decimal? AverageHandleSeconds => Counts.HandledCalls == 0 ? null : (decimal)Counts.HandleSeconds / Counts.HandledCalls;

    /// <summary>The satisfaction figures, reusing the R-SAT-01 rule (rate null without responses).</summary>
    public SatisfactionRateResult Satisfaction => new(Counts.SurveyResponses, Counts.SatisfiedResponses);

    /// <summary>Training-compliant agents / agents checked, 0-1.</summary>
    public decimal? TrainingComplianceRate => Share(Counts.TrainingCompliantAgents, Counts.Agents);

    /// <summary>Computes the metrics of the counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">A part exceeds its whole (for example more late answers than inbound calls).</exception>
    public static QualityMetrics Of(QualityCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (value, name) in new[]
        {
            (counts.InboundCalls, nameof(counts.InboundCalls)), (counts.AnsweredWithin15Seconds, nameof(counts.AnsweredWithin15Seconds)),
            (counts.LateAnswers, nameof(counts.LateAnswers)), (counts.WrapUps, nameof(counts.WrapUps)),
            (counts.LateWrapUps, nameof(counts.LateWrapUps)), (counts.HandledCalls, nameof(counts.HandledCalls)),
            (counts.ComplaintsReceived, nameof(counts.ComplaintsReceived)), (counts.SurveyResponses, nameof(counts.SurveyResponses)),
            (counts.SatisfiedResponses, nameof(counts.SatisfiedResponses)), (counts.Agents, nameof(counts.Agents)),
            (counts.TrainingCompliantAgents, nameof(counts.TrainingCompliantAgents)),
        })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(counts.HandleSeconds, nameof(counts.HandleSeconds));

        // A call is either answered in time or late, never both, so the two parts together stay within the calls.
        Within(counts.AnsweredWithin15Seconds + counts.LateAnswers, counts.InboundCalls, "answered calls");
        Within(counts.LateWrapUps, counts.WrapUps, "late wrap-ups");
        Within(counts.SatisfiedResponses, counts.SurveyResponses, "satisfied responses");
        Within(counts.TrainingCompliantAgents, counts.Agents, "training-compliant agents");
        return new QualityMetrics(counts);
    }

    private static decimal? Share(int part, int whole) => whole == 0 ? null : (decimal)part / whole;

    private static void Within(int part, int whole, string what)
    {
        if (part > whole)
        {
            throw new ArgumentException($"The {what} ({part}) exceed their total ({whole}).");
        }
    }
}
