using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Reporting;
using Platform.Api.Surveys;
using Platform.Api.Training;
using Platform.Domain.Quality;
using Platform.Domain.Training;

namespace Platform.Api.Quality;

/// <summary>
/// Quality metrics per agent or team (domain "Quality metrics"): call and complaint counts grouped in the database,
/// satisfaction from the R-SAT-01 aggregate of <see cref="SatisfactionQueries"/>, training compliance from the
/// R-TRN-04 view of <see cref="TrainingComplianceQueries"/>, combined by <see cref="QualityMetrics"/>.
/// </summary>
public static class QualityMetricsQueries
{
    /// <summary>What to report.</summary>
    public sealed record Request(ReportPeriod Period, QualityGrouping GroupBy, Guid? TeamId);

    // A call counts for handle time once it ended and was taken: an inbound call answered, an outbound call placed
    // (outbound calls have no answer instant); an unanswered inbound call was never handled.
    private const string Handled = "i.ended_at IS NOT NULL AND (i.channel = 'OutboundCall' OR i.answered_at IS NOT NULL)";

    private sealed record Group(Guid? Key, Guid[] Agents, QualityCounts Counts);

    /// <summary>Builds the report for the caller; training is checked for the quarter containing the period's last day.</summary>
    public static async Task<QualityMetricsReport> ReportAsync(OperationWork work, OperationCaller caller, Request request, CancellationToken ct)
    {
        var scope = await QualityScope.ForAsync(caller, work, ct);
        var groups = await CountAsync(work, scope, request, ct);

        var satisfaction = await SatisfactionQueries.ReportAsync(work, caller,
            new SatisfactionQueries.Request(request.Period, null, request.GroupBy == QualityGrouping.Team ? "TEAM" : "AGENT", null, request.TeamId), ct);
        // A lookup, unlike a dictionary, takes the null key of the agents without a team.
        var satisfactionByKey = satisfaction.Groups.ToLookup(g => request.GroupBy == QualityGrouping.Team ? g.TeamId : g.AgentId);

        var year = request.Period.To.Year;
        var quarter = TrainingCompliance.QuarterOf(request.Period.To);
        var training = await TrainingComplianceQueries.ReportAsync(work, caller, year, quarter, ct);
        var shortOfTraining = training.Shortfalls.Select(s => s.Staff.Id).ToHashSet();

        var db = await work.DbAsync(ct);
        var keys = groups.Where(g => g.Key is not null).Select(g => g.Key!.Value).ToList();
        var staff = request.GroupBy == QualityGrouping.Agent
            ? await db.StaffMembers.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)
            : [];
        var teamIds = request.GroupBy == QualityGrouping.Team ? keys : [.. staff.Values.Where(s => s.TeamId is not null).Select(s => s.TeamId!.Value)];
        var teamNames = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        var rows = groups.Select(g =>
        {
            var served = satisfactionByKey[g.Key].FirstOrDefault();
            var counts = g.Counts with
            {
                SurveyResponses = served?.Responses ?? 0,
                SatisfiedResponses = served?.Satisfied ?? 0,
                TrainingCompliantAgents = g.Agents.Count(a => !shortOfTraining.Contains(a)),
            };
            var agent = request.GroupBy == QualityGrouping.Agent && g.Key is { } id ? staff.GetValueOrDefault(id) : null;
            var team = request.GroupBy == QualityGrouping.Team ? g.Key : agent?.TeamId;
            return new QualityMetricsRow(agent, team, team is { } t ? teamNames.GetValueOrDefault(t) : null, QualityMetrics.Of(counts));
        });

        var ordered = request.GroupBy == QualityGrouping.Agent
            ? rows.OrderBy(r => r.Agent?.DisplayName, StringComparer.Ordinal).ThenBy(r => r.Agent?.Id)
            : rows.OrderBy(r => r.TeamId is null).ThenBy(r => r.TeamName, StringComparer.Ordinal).ThenBy(r => r.TeamId);
        return new QualityMetricsReport(request.Period.From, request.Period.To, request.GroupBy, year, quarter, [.. ordered]);
    }

    // One statement: calls and complaints are grouped per agent, joined to the staff in scope, then grouped again by
    // the requested key, so no interaction row leaves the database. Staff appear when they are active agents or when
    // they handled calls or received complaints in the period.
    private static async Task<List<Group>> CountAsync(OperationWork work, QualityScope scope, Request request, CancellationToken ct)
    {
        var parameters = new List<object> { request.Period.Start, request.Period.End };
        string Parameter(object value)
        {
            parameters.Add(value);
            return "$" + parameters.Count;
        }

        var teamFilter = request.TeamId is { } team ? $" AND m.team_id = {Parameter(team)}" : "";
        var key = request.GroupBy == QualityGrouping.Team ? "s.team_id" : "s.id";
        var sql = $"""
            WITH calls AS (
              SELECT i.tenant_id, i.agent_id,
                count(*) FILTER (WHERE i.channel = 'InboundCall') AS inbound,
                count(*) FILTER (WHERE i.channel = 'InboundCall' AND i.answered_at IS NOT NULL AND NOT i.late_answer) AS within,
                count(*) FILTER (WHERE i.channel = 'InboundCall' AND i.late_answer) AS late_answers,
                count(*) FILTER (WHERE i.wrapped_up_at IS NOT NULL) AS wrap_ups,
                count(*) FILTER (WHERE i.wrapped_up_at IS NOT NULL AND i.late_wrap_up) AS late_wrap_ups,
                count(*) FILTER (WHERE {Handled}) AS handled,
                coalesce(sum(greatest(0, extract(epoch FROM coalesce(i.wrapped_up_at, i.ended_at) - coalesce(i.answered_at, i.started_at))))
                  FILTER (WHERE {Handled}), 0) AS handle_seconds
              FROM interactions i
              WHERE i.started_at >= $1 AND i.started_at < $2 AND i.channel IN ('InboundCall', 'OutboundCall')
              GROUP BY i.tenant_id, i.agent_id),
            received AS (
              SELECT i.tenant_id, i.agent_id, count(*) AS complaints
              FROM complaints c JOIN interactions i ON i.tenant_id = c.tenant_id AND i.id = c.interaction_id
              WHERE c.received_at >= $1 AND c.received_at < $2
              GROUP BY i.tenant_id, i.agent_id),
            staff AS (
              SELECT m.id, m.team_id,
                m.active AND EXISTS (SELECT 1 FROM staff_role_assignments a
                  WHERE a.tenant_id = m.tenant_id AND a.staff_member_id = m.id AND a.role = 'Agent') AS is_agent,
                k.agent_id IS NOT NULL OR r.agent_id IS NOT NULL AS served,
                k.inbound, k.within, k.late_answers, k.wrap_ups, k.late_wrap_ups, k.handled, k.handle_seconds, r.complaints
              FROM staff_members m
              LEFT JOIN calls k ON k.tenant_id = m.tenant_id AND k.agent_id = m.id
              LEFT JOIN received r ON r.tenant_id = m.tenant_id AND r.agent_id = m.id
              WHERE {scope.Condition(Parameter)}{teamFilter})
            SELECT {key} AS key, coalesce(array_agg(s.id) FILTER (WHERE s.is_agent), ARRAY[]::uuid[]) AS agents,
              coalesce(sum(s.inbound), 0)::int, coalesce(sum(s.within), 0)::int, coalesce(sum(s.late_answers), 0)::int,
              coalesce(sum(s.wrap_ups), 0)::int, coalesce(sum(s.late_wrap_ups), 0)::int, coalesce(sum(s.handled), 0)::int,
              coalesce(sum(s.handle_seconds), 0)::float8, coalesce(sum(s.complaints), 0)::int
            FROM staff s
            WHERE s.is_agent OR s.served
            GROUP BY 1
            """;

        await using var command = await work.CommandPlannedPerExecutionAsync(sql, ct);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var groups = new List<Group>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var agents = reader.GetFieldValue<Guid[]>(1);
            groups.Add(new Group(reader.IsDBNull(0) ? null : reader.GetGuid(0), agents, new QualityCounts
            {
                InboundCalls = reader.GetInt32(2),
                AnsweredWithin15Seconds = reader.GetInt32(3),
                LateAnswers = reader.GetInt32(4),
                WrapUps = reader.GetInt32(5),
                LateWrapUps = reader.GetInt32(6),
                HandledCalls = reader.GetInt32(7),
                HandleSeconds = reader.GetDouble(8),
                ComplaintsReceived = reader.GetInt32(9),
                Agents = agents.Length,
            }));
        }

        return groups;
    }
}
