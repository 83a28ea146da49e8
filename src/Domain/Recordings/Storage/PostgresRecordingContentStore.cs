using System.Security.Cryptography;
using Npgsql;
using Platform.Domain.Security;

namespace Platform.Domain.Recordings.Storage;

/// <summary>
/// Stores sealed recording content in `recording_contents`, one transaction per call with the tenant set by
/// `set_config('app.tenant_id', ..., true)` so row-level security applies on the application's role.
/// </summary>
public sealed class PostgresRecordingContentStore(NpgsqlDataSource dataSource, MasterKey masterKey) : IRecordingContentStore
{
    private readonly TenantKeyRing _keys = new(new TenantDataKeyWrapper(masterKey));

    /// <inheritdoc />
    public async Task SaveAsync(Guid tenantId, Guid recordingId, RecordingContent content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var scope = await TenantTransaction.BeginAsync(dataSource, tenantId, ct);
        var (version, key) = await _keys.CurrentAsync(scope.Connection, tenantId, ct);
        var sealedContent = RecordingCipher.Seal(key, version, tenantId, recordingId, content.Data);
        var digest = SHA256.HashData(content.Data);
        await DescribeAsync(scope.Connection, tenantId, recordingId, content, digest, ct);
        await UpsertAsync(scope.Connection, tenantId, recordingId, sealedContent, digest, ct);
        await scope.CommitAsync(ct);
    }

    /// <inheritdoc />
    public async Task<RecordingContent?> LoadAsync(Guid tenantId, Guid recordingId, CancellationToken ct = default)
    {
        await using var scope = await TenantTransaction.BeginAsync(dataSource, tenantId, ct);
        var stored = await ReadAsync(scope.Connection, tenantId, recordingId, ct);
        if (stored is null)
        {
            return null;
        }

        var (contentType, sealedContent, digest) = stored.Value;
        var key = await _keys.VersionAsync(scope.Connection, tenantId, sealedContent.KeyVersion, ct);
        var data = RecordingCipher.Open(key, tenantId, recordingId, sealedContent);
        await scope.CommitAsync(ct);
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(data), digest))
        {
            throw new ContentRefusedException(
                ContentRefusalReason.IntegrityCheckFailed, "The recording content does not match its recorded digest.");
        }

        return new RecordingContent(contentType, data);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(Guid tenantId, Guid recordingId, CancellationToken ct = default)
    {
        await using var scope = await TenantTransaction.BeginAsync(dataSource, tenantId, ct);
        await using var command = new NpgsqlCommand(
            "DELETE FROM recording_contents WHERE tenant_id = $1 AND recording_id = $2", scope.Connection);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(recordingId);
        var removed = await command.ExecuteNonQueryAsync(ct);
        await scope.CommitAsync(ct);
        return removed > 0;
    }

    /// <inheritdoc />
    public async Task<int> RotateKeyAsync(Guid tenantId, CancellationToken ct = default)
    {
        await using var scope = await TenantTransaction.BeginAsync(dataSource, tenantId, ct);
        var version = await _keys.RotateAsync(scope.Connection, tenantId, ct);
        await scope.CommitAsync(ct);
        return version;
    }

    /// <inheritdoc />
    public async Task<int> ReencryptAsync(Guid tenantId, int batchSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        await using var scope = await TenantTransaction.BeginAsync(dataSource, tenantId, ct);
        var (version, key) = await _keys.CurrentAsync(scope.Connection, tenantId, ct);

        var stale = new List<Guid>();
        await using (var select = new NpgsqlCommand(
            """
            SELECT recording_id FROM recording_contents
            WHERE tenant_id = $1 AND key_version < $2
            ORDER BY recording_id LIMIT $3 FOR UPDATE SKIP LOCKED
            """, scope.Connection))
        {
            select.Parameters.AddWithValue(tenantId);
            select.Parameters.AddWithValue(version);
            select.Parameters.AddWithValue(batchSize);
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                stale.Add(reader.GetGuid(0));
            }
        }

        var oldKeys = new Dictionary<int, byte[]>();
        foreach (var recordingId in stale)
        {
            var (_, sealedContent, digest) = (await ReadAsync(scope.Connection, tenantId, recordingId, ct))!.Value;
            if (!oldKeys.TryGetValue(sealedContent.KeyVersion, out var oldKey))
            {
                oldKey = await _keys.VersionAsync(scope.Connection, tenantId, sealedContent.KeyVersion, ct);
                oldKeys[sealedContent.KeyVersion] = oldKey;
            }

            var plaintext = RecordingCipher.Open(oldKey, tenantId, recordingId, sealedContent);
            var resealed = RecordingCipher.Seal(key, version, tenantId, recordingId, plaintext);
            await UpsertAsync(scope.Connection, tenantId, recordingId, resealed, digest, ct);
        }

        await scope.CommitAsync(ct);
        return stale.Count;
    }

    private static async Task<(string ContentType, SealedContent Sealed, byte[] Digest)?> ReadAsync(
        NpgsqlConnection connection, Guid tenantId, Guid recordingId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT r.content_type, c.key_version, c.nonce, c.ciphertext, c.tag, c.content_sha256
            FROM recording_contents c
            JOIN recordings r ON r.tenant_id = c.tenant_id AND r.id = c.recording_id
            WHERE c.tenant_id = $1 AND c.recording_id = $2
            """, connection);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(recordingId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return (reader.GetString(0), new SealedContent(
            reader.GetInt32(1), (byte[])reader.GetValue(2), (byte[])reader.GetValue(3), (byte[])reader.GetValue(4)),
            (byte[])reader.GetValue(5));
    }

    // The listing row carries type, size and digest (metadata may be shown more widely than content, R-REC-03).
    private static async Task DescribeAsync(
        NpgsqlConnection connection, Guid tenantId, Guid recordingId, RecordingContent content, byte[] digest, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE recordings SET content_type = $3, size_bytes = $4, content_sha256 = $5
            WHERE tenant_id = $1 AND id = $2
            """, connection);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(recordingId);
        command.Parameters.AddWithValue(content.ContentType);
        command.Parameters.AddWithValue((long)content.Data.Length);
        command.Parameters.AddWithValue(digest);
        if (await command.ExecuteNonQueryAsync(ct) == 0)
        {
            throw new UnknownRecordingException(recordingId);
        }
    }

    private static async Task UpsertAsync(
        NpgsqlConnection connection, Guid tenantId, Guid recordingId, SealedContent sealedContent, byte[] digest, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO recording_contents (tenant_id, recording_id, key_version, nonce, ciphertext, tag, content_sha256)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (tenant_id, recording_id) DO UPDATE SET
              key_version = EXCLUDED.key_version, nonce = EXCLUDED.nonce, ciphertext = EXCLUDED.ciphertext,
              tag = EXCLUDED.tag, content_sha256 = EXCLUDED.content_sha256
            """, connection);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(recordingId);
        command.Parameters.AddWithValue(sealedContent.KeyVersion);
        command.Parameters.AddWithValue(sealedContent.Nonce);
        command.Parameters.AddWithValue(sealedContent.Ciphertext);
        command.Parameters.AddWithValue(sealedContent.Tag);
        command.Parameters.AddWithValue(digest);
        await command.ExecuteNonQueryAsync(ct);
    }
}
