using Npgsql;
using Platform.Domain.Security;

namespace Platform.Domain.Recordings.Storage;

/// <summary>Reads, creates and rotates a tenant's data keys in `tenant_data_keys`, inside the caller's tenant transaction.</summary>
internal sealed class TenantKeyRing(TenantDataKeyWrapper wrapper)
{
    /// <summary>The newest key version and its unwrapped key, creating version 1 on first use.</summary>
    public async Task<(int Version, byte[] Key)> CurrentAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken ct)
    {
        var current = await NewestAsync(connection, tenantId, ct);
        if (current is null)
        {
            await LockAsync(connection, tenantId, ct);
            current = await NewestAsync(connection, tenantId, ct);
            if (current is null)
            {
                await InsertAsync(connection, tenantId, 1, ct);
                current = await NewestAsync(connection, tenantId, ct);
            }
        }

        var (version, wrapped) = current!.Value;
        return (version, wrapper.Unwrap(tenantId, version, wrapped));
    }

    /// <summary>The unwrapped key of one version; a version the tenant does not have is refused.</summary>
    public async Task<byte[]> VersionAsync(NpgsqlConnection connection, Guid tenantId, int version, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT wrapped_key FROM tenant_data_keys WHERE tenant_id = $1 AND version = $2", connection);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(version);
        if (await command.ExecuteScalarAsync(ct) is not byte[] wrapped)
        {
            throw new ContentRefusedException(
                ContentRefusalReason.UnknownKeyVersion, $"The tenant has no data key version {version}.");
        }

        return wrapper.Unwrap(tenantId, version, wrapped);
    }

    /// <summary>Adds the next key version; the lock makes concurrent rotations take consecutive numbers.</summary>
    public async Task<int> RotateAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken ct)
    {
        await LockAsync(connection, tenantId, ct);
        var current = await NewestAsync(connection, tenantId, ct);
        var next = (current?.Version ?? 0) + 1;
        await InsertAsync(connection, tenantId, next, ct);
        return next;
    }

    private static async Task<(int Version, byte[] Wrapped)?> NewestAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT version, wrapped_key FROM tenant_data_keys WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1", connection);
        command.Parameters.AddWithValue(tenantId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return (reader.GetInt32(0), (byte[])reader.GetValue(1));
    }

    private async Task InsertAsync(NpgsqlConnection connection, Guid tenantId, int version, CancellationToken ct)
    {
        var dataKey = TenantDataKeyWrapper.NewDataKey();
        await using var command = new NpgsqlCommand(
            "INSERT INTO tenant_data_keys (tenant_id, version, wrapped_key) VALUES ($1, $2, $3)", connection);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(version);
        command.Parameters.AddWithValue(wrapper.Wrap(tenantId, version, dataKey));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task LockAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtextextended('tenant_data_keys:' || $1::text, 0))", connection);
        command.Parameters.AddWithValue(tenantId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
