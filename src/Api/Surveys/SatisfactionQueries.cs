using Npgsql;
using Platform.Api.Data;
using Platform.Api.Reporting;
using Platform.Domain.Calendar;
using Platform.Domain.Interactions;
using Platform.Domain.Surveys;

namespace Platform.Api.Surveys;

/// <summary>
/// Satisfaction aggregates (R-SAT-01/02) computed in the database: one grouped count per (group, score), over the
/// responses of the period in the caller's scope (agents their own, supervisors their teams', quality and compliance all).
/// </summary>
public static class SatisfactionQueries
{
    private static readonly (SurveyDimension Dimension, string Column)[] Dimensions =
    [
        (SurveyDimension.Attitude, "attitude_score"), (SurveyDimension.Efficiency, "efficiency_score"),
        (SurveyDimension.Professionalism, "professionalism_score"), (SurveyDimension.Content, "content_score"),
        (SurveyDimension.FollowUp, "follow_up_score"),
    ];

    /// <summary>What to aggregate.</summary>
    public sealed record Request(ReportPeriod Period, SurveyDimension? Dimension, string GroupBy, Guid? AgentId, Guid? TeamId);

    /// <summary>Builds the report for the caller.</summary>
    public static async Task<SatisfactionReport> ReportAsync(OperationWork work, OperationCaller caller, Request request, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        var total = await CountAsync(work, scope, request, "NONE", ct);
        var groups = request.GroupBy == "NONE" ? [] : await CountAsync(work, scope, request, request.GroupBy, ct);
        return new SatisfactionReport(
            request.Period.From, request.Period.To, request.Dimension,
            total.FirstOrDefault() ?? new SatisfactionGroup(null, null, null, request.Dimension, null, []),
            groups);
    }

    private static async Task<List<SatisfactionGroup>> CountAsync(
        OperationWork work, RowScope scope, Request request, string groupBy, CancellationToken ct)
    {
        var parameters = new List<object> { request.Period.Start, request.Period.End };
        string Parameter(object value)
        {
            parameters.Add(value);
            return "$" + parameters.Count;
        }

        var byDimension = groupBy == "DIMENSION";
        var score = byDimension ? "d.score"
            : request.Dimension is { } dimension ? "s." + Dimensions.Single(d => d.Dimension == dimension).Column
            : "s.overall_score";
        var key = groupBy switch
        {
            "AGENT" => "s.agent_id::text",
            "TEAM" => "m.team_id::text",
            "CHANNEL" => "s.channel",
            "DIMENSION" => "d.dimension",
            "PERIOD" => $"(date_trunc('{Truncation(request.Period.Unit)}', s.responded_at AT TIME ZONE {Parameter(request.Period.Zone.Id)}))::date::text",
            _ => "NULL::text",
        };

        var sql = new System.Text.StringBuilder($"SELECT {key} AS key, {score} AS score, count(*)::int AS n FROM survey_responses s ");
        if (groupBy == "TEAM" || request.TeamId is not null)
        {
            sql.Append("LEFT JOIN staff_members m ON m.tenant_id = s.tenant_id AND m.id = s.agent_id ");
        }

        if (byDimension)
        {
            sql.Append("CROSS JOIN LATERAL (VALUES ")
                .AppendJoin(", ", Dimensions.Select(d => $"('{d.Dimension}', s.{d.Column})"))
                .Append(") AS d(dimension, score) ");
        }

        sql.Append($"WHERE s.responded_at >= $1 AND s.responded_at < $2 AND {score} IS NOT NULL");
        if (byDimension && request.Dimension is { } only)
        {
            sql.Append($" AND d.dimension = '{only}'");
        }

        if (request.AgentId is { } agent)
        {
            sql.Append($" AND s.agent_id = {Parameter(agent)}");
        }

        if (request.TeamId is { } team)
        {
            sql.Append($" AND m.team_id = {Parameter(team)}");
        }

        sql.Append(" AND ").Append(ScopeCondition(scope, Parameter));
        sql.Append(" GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2");

        await using var command = await work.CommandPlannedPerExecutionAsync(sql.ToString(), ct);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var counts = new List<(string? Key, int Score, int Count)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                counts.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt16(1), reader.GetInt32(2)));
            }
        }

        return [.. counts.GroupBy(c => c.Key).Select(g => Group(groupBy, g.Key, request.Dimension, [.. g.Select(c => new ScoreCount(c.Score, c.Count))]))];
    }

    private static SatisfactionGroup Group(string groupBy, string? key, SurveyDimension? dimension, IReadOnlyList<ScoreCount> scores) => groupBy switch
    {
        "AGENT" => new(key is null ? null : Guid.Parse(key), null, null, dimension, null, scores),
        "TEAM" => new(null, key is null ? null : Guid.Parse(key), null, dimension, null, scores),
        "CHANNEL" => new(null, null, key is null ? null : Enum.Parse<InteractionChannel>(key), dimension, null, scores),
        "DIMENSION" => new(null, null, null, Enum.Parse<SurveyDimension>(key!), null, scores),
        "PERIOD" => new(null, null, null, dimension, DateOnly.Parse(key!, System.Globalization.CultureInfo.InvariantCulture), scores),
        _ => new(null, null, null, dimension, null, scores),
    };

    // Agents count their own service, supervisors their teams' agents; the condition is built from the caller's row
    // scope so the aggregate never counts a response the caller could not list.
    private static string ScopeCondition(RowScope scope, Func<object, string> parameter)
    {
        if (scope.AllInteractions)
        {
            return "true";
        }

        var any = new List<string>();
        if (scope.AgentId is { } agent)
        {
            any.Add($"s.agent_id = {parameter(agent)}");
        }

        if (scope.SupervisorId is { } supervisor)
        {
            var p = parameter(supervisor);
            any.Add($"(s.agent_id = {p} OR EXISTS (SELECT 1 FROM staff_members sm JOIN teams t ON t.tenant_id = sm.tenant_id AND t.id = sm.team_id "
                + $"WHERE sm.tenant_id = s.tenant_id AND sm.id = s.agent_id AND t.supervisor_id = {p}))");
        }

        if (scope.OwnCustomerId is { } customer)
        {
            any.Add($"s.customer_id = {parameter(customer)}");
        }

        return any.Count == 0 ? "false" : "(" + string.Join(" OR ", any) + ")";
    }

    private static string Truncation(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "day",
        PeriodUnit.Week => "week",
        PeriodUnit.Quarter => "quarter",
        PeriodUnit.Year => "year",
        _ => "month",
    };
}
