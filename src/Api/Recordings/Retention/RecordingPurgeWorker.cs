using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Domain.Persistence;
using Platform.Domain.Tenancy;

namespace Platform.Api.Recordings.Retention;

/// <summary>Settings of the scheduled retention purge (section <c>Recordings:Purge</c>).</summary>
public sealed class RecordingPurgeOptions
{
    /// <summary>Whether the scheduled purge runs in this process.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between passes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most recordings purged per tenant and transaction.</summary>
    public int BatchSize { get; set; } = 500;
}

/// <summary>The scheduled job of R-REC-02: purges expired recordings of every tenant on the tenant's local date.</summary>
public sealed class RecordingPurgeWorker(
    RecordingPurge purge, TenantDatabase database, TimeProvider clock, IOptions<RecordingPurgeOptions> options, ILogger<RecordingPurgeWorker> logger)
    : BackgroundService
{
    /// <summary>One pass over all tenants; returns the number of recordings purged.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        List<(Guid Id, string TimeZone)> tenants;
        await using (var platform = database.CreatePlatformContext())
        {
            tenants = (await platform.Tenants.AsNoTracking().Select(t => new { t.Id, t.TimeZone }).ToListAsync(ct))
                .Select(t => (t.Id, t.TimeZone)).ToList();
        }

        var total = 0;
        foreach (var (tenantId, zoneId) in tenants)
        {
            var today = TenantToday(zoneId, clock.GetUtcNow());
            PurgeResult result;
            do
            {
                result = await purge.PurgeExpiredAsync(tenantId, today, options.Value.BatchSize, only: null, ct);
                total += result.Purged;
            }
            while (result.Purged == options.Value.BatchSize && !ct.IsCancellationRequested);
        }

        return total;
    }

    /// <summary>The tenant-local date at an instant; retention dates are tenant-local (R-REC-02).</summary>
    public static DateOnly TenantToday(string? zoneId, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TenantTimeZone.Resolve(zoneId)).DateTime);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                var purged = await RunOnceAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Retention purge removed {Count} recordings.", purged);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass is retried on the next tick; the job must not take the API down.
                logger.LogError(ex, "Retention purge pass failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
