using Platform.Domain.Entities;
using Platform.Domain.Quality;

namespace Platform.Api.Quality;

/// <summary>Quality metrics of one agent or team, with the figures as the schema shows them.</summary>
/// <param name="Agent">The agent (grouping AGENT).</param>
/// <param name="TeamId">The team (grouping TEAM), or the agent's team; null without a team.</param>
/// <param name="TeamName">The team's name; null without a team.</param>
/// <param name="Metrics">The computed metrics.</param>
public sealed record QualityMetricsRow(StaffMember? Agent, Guid? TeamId, string? TeamName, QualityMetrics Metrics)
{
    private QualityCounts Counts => Metrics.Counts;

    /// <summary>Agents counted for training compliance.</summary>
    public int Agents => Counts.Agents;

    /// <summary>Inbound calls started in the period.</summary>
    public int InboundCalls => Counts.InboundCalls;

    /// <summary>Inbound calls answered within 15 s.</summary>
    public int AnsweredWithin15Seconds => Counts.AnsweredWithin15Seconds;

    /// <summary>Inbound calls answered late.</summary>
    public int LateAnswers => Counts.LateAnswers;

    /// <summary>Share answered within 15 s.</summary>
    public double? AnsweredWithin15SecondsRate => AsDouble(Metrics.AnsweredWithin15SecondsRate);

    /// <summary>Recorded wrap-ups.</summary>
    public int WrapUps => Counts.WrapUps;

    /// <summary>Late wrap-ups.</summary>
    public int LateWrapUps => Counts.LateWrapUps;

    /// <summary>Share of late wrap-ups.</summary>
    public double? LateWrapUpRate => AsDouble(Metrics.LateWrapUpRate);

    /// <summary>Ended calls counted for handle time.</summary>
    public int HandledCalls => Counts.HandledCalls;

    /// <summary>Mean handle time in seconds.</summary>
    public double? AverageHandleTimeSeconds => AsDouble(Metrics.AverageHandleSeconds);

    /// <summary>Complaints received about the agents' interactions.</summary>
    public int ComplaintsReceived => Counts.ComplaintsReceived;

    /// <summary>Survey responses counted.</summary>
    public int SurveyResponses => Counts.SurveyResponses;

    /// <summary>Satisfied responses.</summary>
    public int SatisfiedResponses => Counts.SatisfiedResponses;

    /// <summary>Satisfaction rate.</summary>
    public double? SatisfactionRate => AsDouble(Metrics.Satisfaction.Rate);

    /// <summary>Whether the satisfaction rate reaches its target.</summary>
    public bool MeetsSatisfactionTarget => Metrics.Satisfaction.MeetsTarget;

    /// <summary>Agents without training shortfall.</summary>
    public int TrainingCompliantAgents => Counts.TrainingCompliantAgents;

    /// <summary>Share of training-compliant agents.</summary>
    public double? TrainingComplianceRate => AsDouble(Metrics.TrainingComplianceRate);

    private static double? AsDouble(decimal? value) => value is { } v ? (double)v : null;
}

/// <summary>Quality metrics of a period, per agent or team.</summary>
public sealed record QualityMetricsReport(DateOnly From, DateOnly To, QualityGrouping GroupBy, int TrainingYear, int TrainingQuarter, IReadOnlyList<QualityMetricsRow> Rows);
