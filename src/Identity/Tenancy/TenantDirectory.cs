using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Identity.Hosting;

namespace Platform.Identity.Tenancy;

/// <summary>Reads tenants from the domain's tenants table, caching status briefly so a suspension bites within seconds (R-TEN-03).</summary>
public sealed class TenantDirectory(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<TokenServiceOptions> options)
{
    private readonly ConcurrentDictionary<Guid, (TenantInfo? Tenant, DateTimeOffset LoadedAt)> _cache = new();

    /// <summary>The tenant with this id, or null when it does not exist.</summary>
    public async Task<TenantInfo?> FindAsync(Guid tenantId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(tenantId, out var cached) && now - cached.LoadedAt < options.Value.TenantStatusCacheDuration)
        {
            return cached.Tenant;
        }

        await using var command = dataSource.CreateCommand(TenantQueries.SelectById);
        command.Parameters.AddWithValue(tenantId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tenant = await reader.ReadAsync(ct) ? TenantQueries.Read(reader) : null;
        _cache[tenantId] = (tenant, now);
        return tenant;
    }

    /// <summary>Every tenant, for seeding demo credentials.</summary>
    public async Task<IReadOnlyList<TenantInfo>> ListAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(TenantQueries.SelectAll);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tenants = new List<TenantInfo>();
        while (await reader.ReadAsync(ct))
        {
            tenants.Add(TenantQueries.Read(reader));
        }

        return tenants;
    }
}
