using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Events;
using Platform.Api.Tests.Customers;

using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Complaints.Events;

/// <summary>
/// PostgreSQL restarts under connected subscribers: the listener reconnects by itself and the events committed before
/// it was back are delivered afterwards, none lost and none twice (R-CMP-01). Own cluster: the restart cuts every
/// connection of the process.
/// </summary>
public sealed class ListenerRecoveryTests : IAsyncLifetime
{
    private readonly ComplaintEventsApi _events = new();

    public Task InitializeAsync() => _events.InitializeAsync();

    public Task DisposeAsync() => _events.DisposeAsync();

    [Fact]
    public async Task After_a_database_restart_subscribers_get_every_change_once_R_CMP_01()
    {
        var api = _events.Complaints;
        var world = await api.WorldAsync("restart");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        await using var socket = await _events.SubscribeAsync(supervisor, world.TenantId,
            "subscription { complaintStatusChanged { cursor toStatus } }");
        var flow = new ComplaintFlow(api, world, handler);
        await flow.FileAsync();
        Assert.Equal("RECEIVED", (await Subscriber.NextAsync(socket)).GetProperty("complaintStatusChanged").GetProperty("toStatus").GetString());

        var listener = _events.Stack.ApiServices.GetRequiredService<OutboxListener>();
        // No pool is cleared here: the API's data source drops the connections the restart killed by itself
        // (StaleConnections), and the listener reconnects on its own unpooled connection.
        await api.Cluster.RestartAsync(TimeSpan.FromSeconds(1));

        // Committed as soon as the server is back, before the listener's reconnect pause has passed.
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");
        await Subscriber.Eventually(() => listener.Listening, "the listener did not reconnect", TimeSpan.FromSeconds(30));
        await flow.StepAsync("resolveComplaint", ComplaintFlow.Measures);

        var statuses = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await Subscriber.NextAsync(socket, TimeSpan.FromSeconds(20))).GetProperty("complaintStatusChanged").GetProperty("toStatus").GetString());
        }

        Assert.Equal(["ACCEPTED", "INVESTIGATING", "RESOLVED"], statuses);
        // The catch-up read after reconnecting and the notifications of the same commits must not both deliver; a
        // safety poll (5 s) must not either.
        await Silence.AssertNothingMoreAsync(socket, TimeSpan.FromSeconds(6));
        var ready = await _events.Stack.Api.GetAsync("/health/ready");
        Assert.True(ready.IsSuccessStatusCode, await ready.Content.ReadAsStringAsync());
    }
}
