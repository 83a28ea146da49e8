using System.Collections.Concurrent;
using Platform.Domain.Tenancy;

namespace Platform.Api.Data;

/// <summary>
/// Tenants' time zones, kept for a few seconds per process: most operations compute a local date, and reading the
/// registry row each time cost one round trip per operation. A change made through this process is seen at once
/// (<see cref="Forget"/>), one made through another API host (or read by an operation racing the change) within
/// <see cref="Freshness"/>. Commands that store
/// a date computed from the zone read the registry themselves.
/// </summary>
public sealed class TenantTimeZoneCache(TimeProvider clock)
{
    /// <summary>How long a loaded zone is used without reading the registry again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, (TimeZoneInfo Zone, DateTimeOffset LoadedAt)> _zones = new();

    /// <summary>The tenant's zone: cached when fresh, else read with <paramref name="load"/> (the registry's zone id).</summary>
    public async ValueTask<TimeZoneInfo> ForAsync(Guid tenantId, Func<CancellationToken, Task<string?>> load, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_zones.TryGetValue(tenantId, out var entry) && now - entry.LoadedAt < Freshness)
        {
            return entry.Zone;
        }

        var zone = TenantTimeZone.Resolve(await load(ct));
        _zones[tenantId] = (zone, now);
        return zone;
    }

    /// <summary>Drops the tenant's zone, so the next operation reads the registry (after a configuration change).</summary>
    public void Forget(Guid tenantId) => _zones.TryRemove(tenantId, out _);
}
