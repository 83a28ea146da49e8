using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Platform.Api.Authentication;

/// <summary>Caches tenant status for a few seconds: cheap per request, yet a suspension bites within seconds (R-TEN-03).</summary>
public sealed class TenantStatusCache(ITenantStatusSource source, TimeProvider clock, IOptions<PlatformAuthenticationOptions> options)
{
    private readonly ConcurrentDictionary<Guid, (bool Active, DateTimeOffset LoadedAt)> _entries = new();

    /// <summary>Whether the tenant is active, from cache when fresh.</summary>
    public async Task<bool> IsActiveAsync(Guid tenantId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(tenantId, out var entry) && now - entry.LoadedAt < options.Value.TenantStatusCacheDuration)
        {
            return entry.Active;
        }

        var active = await source.IsActiveAsync(tenantId, ct);
        _entries[tenantId] = (active, now);
        return active;
    }
}
