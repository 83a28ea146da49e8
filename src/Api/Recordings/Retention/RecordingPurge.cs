using System.Security.Cryptography;
using Npgsql;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Retention;

/// <summary>What one purge pass did for one tenant.</summary>
public sealed record PurgeResult(int Purged, int HeldBack);

/// <summary>
/// R-REC-02 / R-REC-06: removes the content of recordings whose retention has ended, never one under legal hold,
/// and leaves for each a tombstone (record id, tenant, time, content hash) in the tenant's hash chain. The
/// recording row stays, marked purged, so grants and logs that name it keep their reference.
/// </summary>
public sealed class RecordingPurge(TenantDatabase database, TimeProvider clock)
{
    /// <summary>
    /// Purges up to <paramref name="batchSize"/> expired recordings of the tenant (only <paramref name="only"/> when
    /// given), as of the tenant-local <paramref name="today"/>.
    /// </summary>
    public async Task<PurgeResult> PurgeExpiredAsync(Guid tenantId, DateOnly today, int batchSize = 500, Guid? only = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        await using var work = await database.BeginAsync(tenantId, ct);
        await LockChainAsync(work, ct);
        var candidates = await CandidatesAsync(work, today, batchSize, only, ct);
        var last = await LastTombstoneAsync(work, ct);
        var purged = 0;
        var heldBack = 0;
        foreach (var (recordingId, retainUntil, legalHold, contentHash) in candidates)
        {
            // The query already skips held recordings; the rule decides again so the two can never drift apart.
            if (!RecordingRetention.DecideDeletion(retainUntil, legalHold, today).Allowed)
            {
                heldBack++;
                continue;
            }

            var now = clock.GetUtcNow();
            last = TombstoneChain.Append(last, tenantId, recordingId, now, contentHash ?? SHA256.HashData(ReadOnlySpan<byte>.Empty));
            work.Db.RecordingTombstones.Add(new RecordingTombstone
            {
                TenantId = tenantId,
                Id = Guid.CreateVersion7(now),
                Sequence = last.Sequence,
                RecordingId = recordingId,
                PurgedAt = last.PurgedAt,
                ContentSha256 = last.ContentSha256,
                PreviousHash = last.PreviousHash,
                Hash = last.Hash,
            });
            await RemoveContentAsync(work, recordingId, last.PurgedAt, ct);
            purged++;
        }

        await work.CommitAsync(ct);
        return new PurgeResult(purged, heldBack);
    }

    /// <summary>Verifies the tenant's tombstone chain as stored; also returns its length.</summary>
    public async Task<(TombstoneChainVerification Verification, long Length)> VerifyChainAsync(Guid tenantId, CancellationToken ct = default)
    {
        await using var work = await database.BeginAsync(tenantId, ct);
        var chain = new List<PurgeTombstone>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT sequence, recording_id, purged_at, content_sha256, previous_hash, hash
            FROM recording_tombstones WHERE tenant_id = $1 ORDER BY sequence
            """, work.Connection, work.Transaction))
        {
            command.Parameters.AddWithValue(tenantId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                chain.Add(new PurgeTombstone(
                    tenantId, reader.GetInt64(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2),
                    (byte[])reader.GetValue(3), (byte[])reader.GetValue(4), (byte[])reader.GetValue(5)));
            }
        }

        return (TombstoneChain.Verify(tenantId, chain), chain.Count);
    }

    private static async Task<List<(Guid Id, DateOnly RetainUntil, bool LegalHold, byte[]? ContentHash)>> CandidatesAsync(
        TenantUnitOfWork work, DateOnly today, int batchSize, Guid? only, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT id, retention_until, legal_hold, content_sha256 FROM recordings
            WHERE tenant_id = $1 AND purged_at IS NULL AND retention_until < $2 AND NOT legal_hold AND ($4::uuid IS NULL OR id = $4)
            ORDER BY retention_until, id LIMIT $3
            FOR UPDATE SKIP LOCKED
            """, work.Connection, work.Transaction);
        command.Parameters.AddWithValue(work.TenantId);
        command.Parameters.AddWithValue(today);
        command.Parameters.AddWithValue(batchSize);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)only ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        var rows = new List<(Guid, DateOnly, bool, byte[]?)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3)));
        }

        return rows;
    }

    private static async Task<PurgeTombstone?> LastTombstoneAsync(TenantUnitOfWork work, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT sequence, recording_id, purged_at, content_sha256, previous_hash, hash
            FROM recording_tombstones WHERE tenant_id = $1 ORDER BY sequence DESC LIMIT 1
            """, work.Connection, work.Transaction);
        command.Parameters.AddWithValue(work.TenantId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new PurgeTombstone(
            work.TenantId, reader.GetInt64(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2),
            (byte[])reader.GetValue(3), (byte[])reader.GetValue(4), (byte[])reader.GetValue(5));
    }

    // One writer per tenant chain at a time: two purges appending concurrently would fork the chain.
    private static async Task LockChainAsync(TenantUnitOfWork work, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtextextended('recording_tombstones:' || $1::text, 0))", work.Connection, work.Transaction);
        command.Parameters.AddWithValue(work.TenantId);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task RemoveContentAsync(TenantUnitOfWork work, Guid recordingId, DateTimeOffset purgedAt, CancellationToken ct)
    {
        await using (var delete = new NpgsqlCommand(
            "DELETE FROM recording_contents WHERE tenant_id = $1 AND recording_id = $2", work.Connection, work.Transaction))
        {
            delete.Parameters.AddWithValue(work.TenantId);
            delete.Parameters.AddWithValue(recordingId);
            await delete.ExecuteNonQueryAsync(ct);
        }

        await using var mark = new NpgsqlCommand(
            "UPDATE recordings SET purged_at = $3 WHERE tenant_id = $1 AND id = $2", work.Connection, work.Transaction);
        mark.Parameters.AddWithValue(work.TenantId);
        mark.Parameters.AddWithValue(recordingId);
        mark.Parameters.AddWithValue(purgedAt);
        await mark.ExecuteNonQueryAsync(ct);
    }
}
