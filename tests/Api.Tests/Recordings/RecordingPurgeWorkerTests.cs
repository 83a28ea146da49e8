using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Api.Recordings.Retention;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Recordings;

/// <summary>The scheduled purge job (R-REC-02) run directly: every tenant, tenant-local dates, legal hold respected (R-REC-06).</summary>
[Collection(ApiCollection.Name)]
public sealed class RecordingPurgeWorkerTests(ApiEnvironment environment)
{
    [Fact]
    public async Task One_pass_purges_expired_recordings_of_every_tenant_but_never_held_ones_R_REC_02_R_REC_06()
    {
        var first = await RecordingWorld.CreateAsync(environment, "rec-purge-a");
        var second = await RecordingWorld.CreateAsync(environment, "rec-purge-b");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expiredA = await first.RecordingAsync(first.CallOfA, null, health: false, retainUntil: today.AddDays(-3));
        var expiredB = await second.RecordingAsync(second.CallOfB, null, health: false, retainUntil: today.AddDays(-3));
        var heldB = await second.RecordingAsync(second.CallOfB, null, health: false, retainUntil: today.AddDays(-3), legalHold: true);
        await using var dataSource = NpgsqlDataSource.Create(first.AppConnectionString);
        var database = new TenantDatabase(dataSource);
        var worker = new RecordingPurgeWorker(
            new RecordingPurge(database, TimeProvider.System), database, TimeProvider.System,
            Options.Create(new RecordingPurgeOptions { BatchSize = 1 }), NullLogger<RecordingPurgeWorker>.Instance);

        var purged = await worker.RunOnceAsync(CancellationToken.None);

        Assert.True(purged >= 2, $"purged {purged}");
        Assert.Equal(1L, await first.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones WHERE recording_id = $1", expiredA));
        Assert.Equal(1L, await second.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones WHERE recording_id = $1", expiredB));
        Assert.Equal(0L, await second.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones WHERE recording_id = $1", heldB));
        Assert.Equal(1L, await second.ScalarAsync<long>("SELECT count(*) FROM recording_contents WHERE recording_id = $1", heldB));
        Assert.Equal(3L, await first.ScalarAsync<long>("SELECT count(*) FROM recording_contents"));
        var (verification, length) = await new RecordingPurge(database, TimeProvider.System).VerifyChainAsync(second.TenantId);
        Assert.True(verification.IsValid);
        Assert.Equal(1, length);
    }

    [Theory]
    [InlineData("2026-11-21T15:59:59Z", "Asia/Shanghai", "2026-11-21")]
    [InlineData("2026-11-21T16:00:00Z", "Asia/Shanghai", "2026-11-22")]
    [InlineData("2026-11-21T16:00:00Z", "Europe/Berlin", "2026-11-21")]
    public void Retention_dates_are_read_in_the_tenants_zone_R_REC_02(string instant, string zone, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), RecordingPurgeWorker.TenantToday(zone, DateTimeOffset.Parse(instant)));
    }
}
