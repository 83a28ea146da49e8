using Npgsql;
using Platform.Api.Data;

namespace Platform.Api.Authentication;

/// <summary>Reads tenant status from the tenants table (no RLS on it; the API role has SELECT).</summary>
public sealed class PostgresTenantStatusSource(string connectionString) : ITenantStatusSource, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<bool> IsActiveAsync(Guid tenantId, CancellationToken ct)
    {
        var status = await StaleConnections.RetryOnceAsync(_dataSource, async () =>
        {
            await using var command = _dataSource.CreateCommand("SELECT status FROM tenants WHERE id = $1");
            command.Parameters.AddWithValue(tenantId);
            return await command.ExecuteScalarAsync(ct) as string;
        });
        return status == nameof(Platform.Domain.Tenancy.TenantStatus.Active);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
