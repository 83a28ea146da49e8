using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Complaints.Events;
using Platform.Api.Relay;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints.Events;

/// <summary>
/// The deadline sweep runs in every API process; two of them on one database sweeping at the same moment raise each
/// passed deadline once (R-CMP-02), because the per-tenant advisory lock and the alert mark are in the database.
/// </summary>
[Collection(ComplaintEventsApi.Name)]
public sealed class DeadlineSweepConcurrencyTests(ComplaintEventsApi events)
{
    private const string Alerts = "subscription { complaintAlerts { kind complaintId milestones } }";

    [Fact]
    public async Task Two_api_processes_sweeping_concurrently_raise_one_alert_per_passed_deadline_R_CMP_02()
    {
        var api = events.Complaints;
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("sweep-race");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        await using var socket = await events.SubscribeAsync(supervisor, world.TenantId, Alerts);
        var flow = new ComplaintFlow(api, world, handler);
        await flow.FileAsync();
        var id = GlobalId.Parse(flow.ComplaintId, "Complaint");
        var first = events.Stack.ApiServices.GetRequiredService<DeadlineAlertWorker>();
        var second = events.Second.Services.GetRequiredService<DeadlineAlertWorker>();
        Assert.NotSame(first, second);

        // Acceptance due after 24 hours, then the initial investigation after 48: each passing is one race.
        foreach (var (day, milestone) in new[] { (3, "ACCEPT"), (4, "INITIAL_INVESTIGATION") })
        {
            api.Clock.Set(ManualClock.Shanghai(2026, 3, day, 10, 1));
            using var start = new ManualResetEventSlim();
            var sweeps = new[] { first, second }.Select(w => Task.Run(async () =>
            {
                start.Wait();
                return await w.SweepAsync(CancellationToken.None);
            })).ToArray();
            start.Set();
            var raised = await Task.WhenAll(sweeps);

            // Other tenants' complaints of this shared database may be due too; this tenant's must be raised once.
            Assert.True(raised.Sum() >= 1, $"no sweep raised the {milestone} alert");
            var alert = (await Subscriber.NextAsync(socket)).GetProperty("complaintAlerts");
            Assert.Equal("DEADLINE_PASSED", alert.GetProperty("kind").GetString());
            Assert.Equal(flow.ComplaintId, alert.GetProperty("complaintId").GetString());
            Assert.Equal([milestone], alert.GetProperty("milestones").EnumerateArray().Select(m => m.GetString()));
        }

        Assert.Equal(2L, await api.ScalarAsync<long>(world.TenantId,
            "SELECT count(*) FROM domain_events WHERE aggregate_id = $1 AND type = 'ComplaintDeadlinePassed'", id));
        await Silence.AssertNothingMoreAsync(socket, TimeSpan.FromSeconds(1));
    }
}
