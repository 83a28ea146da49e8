namespace Platform.Domain.Quality;

/// <summary>
/// What the database counted for one agent or team over a period; <see cref="QualityMetrics"/> turns it into rates
/// and averages.
/// </summary>
public sealed record QualityCounts
{
    /// <summary>Inbound calls started in the period (R-CALL-01 applies to these only).</summary>
    public int InboundCalls { get; init; }

    /// <summary>Inbound calls answered within 15 seconds, that is answered and not flagged <c>lateAnswer</c>.</summary>
    public int AnsweredWithin15Seconds { get; init; }

    /// <summary>Inbound calls flagged <c>lateAnswer</c> (R-CALL-01).</summary>
    public int LateAnswers { get; init; }

    /// <summary>Calls (inbound and outbound) whose wrap-up was recorded.</summary>
    public int WrapUps { get; init; }

    /// <summary>Wrap-ups recorded more than 5 minutes after the call ended (R-CALL-07 service defects).</summary>
    public int LateWrapUps { get; init; }

    /// <summary>Calls that were taken (inbound answered, outbound placed) and ended, whose handle time is counted.</summary>
    public int HandledCalls { get; init; }

    /// <summary>Total handle time of <see cref="HandledCalls"/>, in seconds.</summary>
    public double HandleSeconds { get; init; }

    /// <summary>Complaints received in the period that are linked to the agents' interactions.</summary>
    public int ComplaintsReceived { get; init; }

    /// <summary>Survey responses about the agents' service (R-SAT-01).</summary>
    public int SurveyResponses { get; init; }

    /// <summary>Responses with an overall score of 4 or 5 (R-SAT-01).</summary>
    public int SatisfiedResponses { get; init; }

    /// <summary>Active agents whose training was checked (R-TRN-02, R-TRN-03).</summary>
    public int Agents { get; init; }

    /// <summary>Agents without any training shortfall in the checked quarter and year (R-TRN-04).</summary>
    public int TrainingCompliantAgents { get; init; }
}
