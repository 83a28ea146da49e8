using System.Text.Json;
using Npgsql;
using Platform.Api.Data;
using Platform.Domain.Complaints;

namespace Platform.Api.Events;

/// <summary>
/// Reads committed outbox events of one tenant as platform_app inside a transaction carrying the tenant setting, so
/// row-level security bounds every read (R-TEN-01) exactly as it bounds a request.
/// </summary>
public sealed class OutboxReader(NpgsqlDataSource dataSource)
{
    /// <summary>Events read per round trip.</summary>
    public const int PageSize = 500;

    // The complaint's complainant and current handler, and the agent of the call it (or an escalation) came from.
    private const string EventsSql = """
        SELECT e.sequence, e.type, e.aggregate_id, e.payload::text, e.occurred_at,
               c.complainant_id, c.handler_id, i.agent_id
        FROM domain_events e
        LEFT JOIN complaints c ON e.aggregate_type = 'Complaint' AND c.tenant_id = e.tenant_id AND c.id = e.aggregate_id
        LEFT JOIN interactions i ON i.tenant_id = e.tenant_id
             AND i.id = CASE WHEN e.aggregate_type = 'Interaction' THEN e.aggregate_id ELSE c.interaction_id END
        WHERE e.tenant_id = $1 AND e.sequence > $2 AND e.sequence <= $3
        ORDER BY e.sequence
        LIMIT $4
        """;

    /// <summary>The tenant's latest committed sequence (0 before its first event).</summary>
    public async Task<long> LatestAsync(Guid tenantId, CancellationToken ct)
    {
        var (connection, transaction) = await StaleConnections.RetryOnceAsync(dataSource, () => BeginAsync(tenantId, ct));
        await using var ownedConnection = connection;
        await using var ownedTransaction = transaction;
        await using var command = new NpgsqlCommand("SELECT coalesce(max(sequence), 0) FROM domain_events WHERE tenant_id = $1", connection, transaction);
        command.Parameters.AddWithValue(tenantId);
        var latest = (long)(await command.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);
        return latest;
    }

    /// <summary>Up to <see cref="PageSize"/> events after <paramref name="after"/> and not beyond <paramref name="upTo"/>, in order.</summary>
    public async Task<IReadOnlyList<OutboxEvent>> PageAsync(Guid tenantId, long after, long upTo, CancellationToken ct)
    {
        var events = new List<OutboxEvent>();
        var (connection, transaction) = await StaleConnections.RetryOnceAsync(dataSource, () => BeginAsync(tenantId, ct));
        await using var ownedConnection = connection;
        await using var ownedTransaction = transaction;
        await using var command = new NpgsqlCommand(EventsSql, connection, transaction);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(after);
        command.Parameters.AddWithValue(upTo);
        command.Parameters.AddWithValue(PageSize);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                using var document = JsonDocument.Parse(reader.GetString(3));
                var payload = document.RootElement.Clone();
                events.Add(new OutboxEvent(
                    tenantId,
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetGuid(2),
                    payload,
                    reader.GetFieldValue<DateTimeOffset>(4),
                    new ComplaintEventFacts(
                        Nullable(reader, 5),
                        // The handler when the event happened: a handler receives what happened while the complaint was theirs.
                        payload.TryGetProperty("HandlerId", out var handler) ? (handler.ValueKind == JsonValueKind.String ? handler.GetGuid() : null) : Nullable(reader, 6),
                        Nullable(reader, 7))));
            }
        }

        await transaction.CommitAsync(ct);
        return events;
    }

    /// <summary>Every event after <paramref name="after"/> up to <paramref name="upTo"/>, page by page.</summary>
    public async IAsyncEnumerable<OutboxEvent> RangeAsync(
        Guid tenantId, long after, long upTo, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        while (after < upTo)
        {
            var page = await PageAsync(tenantId, after, upTo, ct);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    private static Guid? Nullable(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    private async Task<(NpgsqlConnection, NpgsqlTransaction)> BeginAsync(Guid tenantId, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, ct);
            await using var setting = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction);
            setting.Parameters.AddWithValue(tenantId.ToString());
            await setting.ExecuteNonQueryAsync(ct);
            return (connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
