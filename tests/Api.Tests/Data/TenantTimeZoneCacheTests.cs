using Platform.Api.Data;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Data;

/// <summary>The per-process cache of tenants' time zones: fresh entries need no read, stale or forgotten ones do.</summary>
public sealed class TenantTimeZoneCacheTests
{
    private static readonly Guid Tenant = Guid.Parse("0d0d0d0d-0000-4000-8000-000000000001");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero));
    private int _reads;

    [Fact]
    public async Task A_fresh_zone_is_served_without_reading_the_registry_and_a_stale_one_is_read_again()
    {
        var cache = new TenantTimeZoneCache(_clock);

        Assert.Equal("Asia/Tokyo", (await cache.ForAsync(Tenant, Registry("Asia/Tokyo"), default)).Id);
        _clock.Advance(TenantTimeZoneCache.Freshness - TimeSpan.FromMilliseconds(1));
        Assert.Equal("Asia/Tokyo", (await cache.ForAsync(Tenant, Registry("Europe/Berlin"), default)).Id);
        Assert.Equal(1, _reads);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("Europe/Berlin", (await cache.ForAsync(Tenant, Registry("Europe/Berlin"), default)).Id);
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_forgotten_zone_is_read_at_once_and_other_tenants_keep_theirs()
    {
        var cache = new TenantTimeZoneCache(_clock);
        var other = Guid.Parse("0d0d0d0d-0000-4000-8000-000000000002");
        await cache.ForAsync(Tenant, Registry("Asia/Tokyo"), default);
        await cache.ForAsync(other, Registry("UTC"), default);

        cache.Forget(Tenant);

        Assert.Equal("Europe/Berlin", (await cache.ForAsync(Tenant, Registry("Europe/Berlin"), default)).Id);
        Assert.Equal("UTC", (await cache.ForAsync(other, Registry("Asia/Tokyo"), default)).Id);
        Assert.Equal(3, _reads);
    }

    [Fact]
    public async Task A_tenant_without_a_zone_gets_the_default_and_an_unknown_zone_is_not_cached()
    {
        var cache = new TenantTimeZoneCache(_clock);

        Assert.Equal("Asia/Shanghai", (await cache.ForAsync(Tenant, Registry(null), default)).Id);
        var other = Guid.Parse("0d0d0d0d-0000-4000-8000-000000000003");
        await Assert.ThrowsAsync<ArgumentException>(async () => await cache.ForAsync(other, Registry("Mars/Olympus_Mons"), default));
        Assert.Equal("UTC", (await cache.ForAsync(other, Registry("UTC"), default)).Id);
    }

    private Func<CancellationToken, Task<string?>> Registry(string? zone) => _ =>
    {
        _reads++;
        return Task.FromResult(zone);
    };
}
