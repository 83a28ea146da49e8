using System.Globalization;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Reporting;
using Platform.Domain.Complaints;
using Platform.GraphQL.Execution;

namespace Platform.Api.Complaints.Analytics;

/// <summary>
/// Complaint analytics (R-CMP-06) counted in the database over the complaints received in the period, inside the
/// caller's tenant transaction (row-level security limits every statement to the tenant). Complaint staff see the
/// whole tenant, like the complaint list; anybody else counts nothing.
/// </summary>
public static class ComplaintAnalyticsQueries
{
    /// <summary>The most root causes one request may list.</summary>
    public const int MaxRootCauses = 50;

    /// <summary>The figures of the period, in total and per group; every group of the grouping is listed, empty ones too.</summary>
    public static async Task<ComplaintAnalyticsReport> ReportAsync(
        OperationWork work, OperationCaller caller, ReportPeriod period, ComplaintGrouping grouping, CancellationToken ct)
    {
        var rows = await ComplaintQueries.SeesAllAsync(work, caller, ct) ? await FiguresAsync(work, period, grouping, ct) : [];
        var total = rows.Aggregate(ComplaintFigures.None, (sum, row) => sum + row.Figures);
        return new ComplaintAnalyticsReport(period, new ComplaintAnalyticsGroup(total, total), Groups(grouping, period, rows, total));
    }

    /// <summary>The most frequent root causes of the period's complaints, most frequent first.</summary>
    /// <exception cref="GraphQLException">BAD_USER_INPUT when <paramref name="first"/> is outside 1..50.</exception>
    public static async Task<IReadOnlyList<ComplaintRootCause>> TopRootCausesAsync(
        OperationWork work, OperationCaller caller, ReportPeriod period, int first, CancellationToken ct)
    {
        if (first is < 1 or > MaxRootCauses)
        {
            throw new GraphQLException($"first must be between 1 and {MaxRootCauses}.", "BAD_USER_INPUT");
        }

        if (!await ComplaintQueries.SeesAllAsync(work, caller, ct))
        {
            return [];
        }

        // Root causes are free text: spellings differing only in case or spacing are one cause, shown as written most
        // often. The window sum runs before LIMIT, so it counts every complaint with a recorded root cause.
        const string Sql = """
            SELECT mode() WITHIN GROUP (ORDER BY c.root_cause) AS root_cause, count(*)::int AS complaints,
                   (sum(count(*)) OVER ())::int AS recorded
            FROM complaints c
            WHERE c.received_at >= $1 AND c.received_at < $2 AND btrim(c.root_cause) <> ''
            GROUP BY lower(regexp_replace(btrim(c.root_cause), '\s+', ' ', 'g'))
            ORDER BY 2 DESC, 1
            LIMIT $3
            """;
        await using var command = await CommandAsync(work, Sql, ct, period.Start, period.End, first);
        var causes = new List<ComplaintRootCause>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var complaints = reader.GetInt32(1);
            causes.Add(new ComplaintRootCause(reader.GetString(0), complaints, (double)ComplaintAnalytics.Share(complaints, reader.GetInt32(2))!.Value));
        }

        return causes;
    }

    // One row per group key. Periods are counted per local day of receipt and rolled up into buckets by the domain
    // (ComplaintAnalytics.BucketStart), so week and month boundaries have one definition, not one in SQL and one in C#;
    // a period has at most ReportPeriod.MaxDays days, so that is at most about a thousand rows.
    private static async Task<List<(string? Key, ComplaintFigures Figures)>> FiguresAsync(
        OperationWork work, ReportPeriod period, ComplaintGrouping grouping, CancellationToken ct)
    {
        var key = grouping switch
        {
            ComplaintGrouping.Category => "c.category",
            ComplaintGrouping.Severity => "c.severity",
            ComplaintGrouping.Channel => "c.channel",
            ComplaintGrouping.Period => "(c.received_at AT TIME ZONE $3)::date::text",
            _ => "NULL::text",
        };

        // Within deadline: the resolution met its R-CMP-02 due time (resolve_due_at, moved by pauses, R-CMP-08).
        var sql = $"""
            SELECT {key} AS key, count(*)::int AS complaints,
                   count(*) FILTER (WHERE c.resolved_at IS NOT NULL)::int AS resolved,
                   count(*) FILTER (WHERE c.resolved_at <= c.resolve_due_at)::int AS within_deadline,
                   coalesce(sum(extract(epoch FROM c.resolved_at - c.received_at)), 0)::float8 AS seconds_to_resolve
            FROM complaints c
            WHERE c.received_at >= $1 AND c.received_at < $2
            GROUP BY 1
            """;
        object[] parameters = grouping == ComplaintGrouping.Period ? [period.Start, period.End, period.Zone.Id] : [period.Start, period.End];
        await using var command = await CommandAsync(work, sql, ct, parameters);
        var rows = new List<(string? Key, ComplaintFigures Figures)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0),
                new ComplaintFigures(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(4))));
        }

        return rows;
    }

    private static List<ComplaintAnalyticsGroup> Groups(
        ComplaintGrouping grouping, ReportPeriod period, List<(string? Key, ComplaintFigures Figures)> rows, ComplaintFigures total) => grouping switch
        {
            ComplaintGrouping.Category => Fill(Enum.GetValues<ComplaintCategory>(), rows, Enum.Parse<ComplaintCategory>,
                (category, figures) => new ComplaintAnalyticsGroup(figures, total) { Category = category }),
            ComplaintGrouping.Severity => Fill(Enum.GetValues<ComplaintSeverity>(), rows, Enum.Parse<ComplaintSeverity>,
                (severity, figures) => new ComplaintAnalyticsGroup(figures, total) { Severity = severity }),
            ComplaintGrouping.Channel => Fill(Enum.GetValues<ComplaintChannel>(), rows, Enum.Parse<ComplaintChannel>,
                (channel, figures) => new ComplaintAnalyticsGroup(figures, total) { Channel = channel }),
            ComplaintGrouping.Period => Fill(ComplaintAnalytics.Buckets(period.From, period.To, period.Unit), rows,
                day => ComplaintAnalytics.BucketStart(DateOnly.Parse(day, CultureInfo.InvariantCulture), period.Unit),
                (start, figures) => new ComplaintAnalyticsGroup(figures, total) { PeriodStart = start }),
            _ => [],
        };

    // Every key gets a group, in the keys' order, with the sum of the rows that map to it (none: zero figures).
    private static List<ComplaintAnalyticsGroup> Fill<TKey>(
        IReadOnlyList<TKey> keys, List<(string? Key, ComplaintFigures Figures)> rows, Func<string, TKey> keyOf,
        Func<TKey, ComplaintFigures, ComplaintAnalyticsGroup> group)
        where TKey : notnull
    {
        var sums = new Dictionary<TKey, ComplaintFigures>();
        foreach (var (key, figures) in rows)
        {
            var k = keyOf(key!);
            sums[k] = sums.GetValueOrDefault(k) + figures;
        }

        return [.. keys.Select(k => group(k, sums.GetValueOrDefault(k)))];
    }

    private static async Task<NpgsqlCommand> CommandAsync(OperationWork work, string sql, CancellationToken ct, params object[] parameters)
    {
        var command = await work.CommandPlannedPerExecutionAsync(sql, ct);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
