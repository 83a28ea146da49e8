using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Identity.Auditing;

/// <summary>
/// Persists audit events to <c>identity.audit_events</c> off the request path, in batches. The queue is bounded so a
/// flood of failed logins cannot exhaust memory; events dropped here are still in the structured log.
/// </summary>
public sealed partial class DatabaseAuditSink(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<DatabaseAuditSink> logger) : BackgroundService, IAuditSink
{
    private const int BatchSize = 256;
    private readonly Channel<(AuditEvent Event, DateTimeOffset At)> _queue =
        Channel.CreateBounded<(AuditEvent, DateTimeOffset)>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private long _dropped;

    public void Record(AuditEvent auditEvent)
    {
        if (!_queue.Writer.TryWrite((auditEvent, clock.GetUtcNow())))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(AuditEvent Event, DateTimeOffset At)>(BatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: write what is already queued.
            await DrainAsync(batch, CancellationToken.None);
        }
    }

    private async Task DrainAsync(List<(AuditEvent Event, DateTimeOffset At)> batch, CancellationToken ct)
    {
        while (_queue.Reader.TryRead(out var item))
        {
            batch.Add(item);
            if (batch.Count == BatchSize)
            {
                await WriteAsync(batch, ct);
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, ct);
        }

        var dropped = Interlocked.Exchange(ref _dropped, 0);
        if (dropped > 0)
        {
            LogDropped(logger, dropped);
        }
    }

    private async Task WriteAsync(List<(AuditEvent Event, DateTimeOffset At)> batch, CancellationToken ct)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var writer = await connection.BeginBinaryImportAsync(
                "COPY identity.audit_events (occurred_at, event_name, tenant_id, client_id, subject, detail) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var (auditEvent, at) in batch)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(auditEvent.Name, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(writer, auditEvent.TenantId, NpgsqlDbType.Uuid, ct);
                await WriteNullableAsync(writer, auditEvent.ClientId, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(writer, auditEvent.Subject, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(writer, auditEvent.Detail, NpgsqlDbType.Text, ct);
            }

            await writer.CompleteAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            LogWriteFailed(logger, batch.Count, ex);
        }
        finally
        {
            batch.Clear();
        }
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} audit events were not persisted (queue full); they remain in the audit log.")]
    private static partial void LogDropped(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Persisting {Count} audit events failed; they remain in the audit log.")]
    private static partial void LogWriteFailed(ILogger logger, int count, Exception exception);
}
