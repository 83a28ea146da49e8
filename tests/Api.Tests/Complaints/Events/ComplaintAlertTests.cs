using System.Text.Json;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints.Events;

/// <summary>Alerts for complaint staff: deadlines (R-CMP-02), green channel (R-CMP-03), harassment routing (R-CALL-08).</summary>
[Collection(ComplaintEventsApi.Name)]
public sealed class ComplaintAlertTests(ComplaintEventsApi events)
{
    private const string Alerts = "subscription { complaintAlerts { cursor kind complaintId milestones callbackDueAt complaint { reference } } }";

    private ComplaintsApi Api => events.Complaints;

    private static JsonElement Alert(JsonElement data) => data.GetProperty("complaintAlerts");

    [Fact]
    public async Task A_passed_deadline_raises_one_alert_however_often_the_sweep_runs_R_CMP_02()
    {
        Api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await Api.WorldAsync("overdue");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await Api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        await using var socket = await events.SubscribeAsync(supervisor, world.TenantId, Alerts);
        var flow = new ComplaintFlow(Api, world, handler);
        await flow.FileAsync();

        // Not yet due: nothing to raise.
        Api.Clock.Set(ManualClock.Shanghai(2026, 3, 3, 9, 59));
        Assert.Equal(0, await events.Sweep.SweepAsync(CancellationToken.None));

        // The 24 hours for acceptance ran out; a second sweep (another instance, a later tick) raises nothing more.
        Api.Clock.Set(ManualClock.Shanghai(2026, 3, 3, 10, 1));
        Assert.Equal(1, await events.Sweep.SweepAsync(CancellationToken.None));
        Assert.Equal(0, await events.Sweep.SweepAsync(CancellationToken.None));

        var alert = Alert(await Subscriber.NextAsync(socket));
        Assert.Equal("DEADLINE_PASSED", alert.GetProperty("kind").GetString());
        Assert.Equal(flow.ComplaintId, alert.GetProperty("complaintId").GetString());
        Assert.Equal(["ACCEPT"], alert.GetProperty("milestones").EnumerateArray().Select(m => m.GetString()));

        // The next deadline passing is a new alert, naming only that deadline.
        Api.Clock.Set(ManualClock.Shanghai(2026, 3, 4, 10, 1));
        Assert.Equal(1, await events.Sweep.SweepAsync(CancellationToken.None));
        var next = Alert(await Subscriber.NextAsync(socket));
        Assert.Equal(["INITIAL_INVESTIGATION"], next.GetProperty("milestones").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Urgent_and_major_complaints_notify_the_department_through_the_green_channel_R_CMP_03()
    {
        Api.Clock.Set(DateTimeOffset.UtcNow);
        var world = await Api.WorldAsync("green");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        await using var socket = await events.SubscribeAsync(handler, world.TenantId, Alerts);

        var general = new ComplaintFlow(Api, world, handler);
        await general.FileAsync();
        var major = new ComplaintFlow(Api, world, handler);
        await major.FileAsync("severity: MAJOR");

        var alert = Alert(await Subscriber.NextAsync(socket));
        Assert.Equal("GREEN_CHANNEL", alert.GetProperty("kind").GetString());
        Assert.Equal(major.ComplaintId, alert.GetProperty("complaintId").GetString());
        var callback = DateTimeOffset.Parse(alert.GetProperty("callbackDueAt").GetString()!);
        Assert.Equal(Api.Clock.GetUtcNow().AddHours(24), callback, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_urgent_general_complaint_takes_the_green_channel_too_R_CMP_03()
    {
        Api.Clock.Set(DateTimeOffset.UtcNow);
        var world = await Api.WorldAsync("green-urgent");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        await using var socket = await events.SubscribeAsync(handler, world.TenantId, Alerts);

        // Filed first, the non-urgent general complaint would be the first alert if it took the green channel.
        var general = new ComplaintFlow(Api, world, handler);
        await general.FileAsync("urgent: false");
        var urgent = new ComplaintFlow(Api, world, handler);
        var filed = await urgent.FileAsync("severity: GENERAL, urgent: true");

        var alert = Alert(await Subscriber.NextAsync(socket));
        Assert.Equal("GREEN_CHANNEL", alert.GetProperty("kind").GetString());
        Assert.Equal(urgent.ComplaintId, alert.GetProperty("complaintId").GetString());
        var callback = DateTimeOffset.Parse(alert.GetProperty("callbackDueAt").GetString()!);
        Assert.Equal(Api.Clock.GetUtcNow().AddHours(24), callback, TimeSpan.FromSeconds(1));
        Assert.Equal(1L, await Api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM domain_events WHERE type = 'ComplaintGreenChannel'"));
        Assert.Equal(urgent.ComplaintId, filed.GetProperty("id").GetString());
        await Silence.AssertNothingMoreAsync(socket, TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task Harassment_complaints_are_routed_to_quality_inspection_R_CALL_08()
    {
        Api.Clock.Set(DateTimeOffset.UtcNow);
        var world = await Api.WorldAsync("harass");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var inspector = await Platform.Api.Tests.Customers.Tokens.ForAsync(Api.Stack, world.TenantId, world.SubjectOf(world.SupervisorId), "QUALITY_INSPECTOR");
        await using var socket = await events.SubscribeAsync(inspector, world.TenantId, Alerts);

        var flow = new ComplaintFlow(Api, world, handler);
        var filed = await Api.MutateAsync(handler, "fileComplaint",
            $"{{ customerId: \"{Platform.Api.Relay.GlobalId.Encode("Customer", world.CustomerId)}\", channel: PHONE, category: OUTBOUND_HARASSMENT, description: \"Called five times today\" }}");
        var id = ComplaintFlow.Ok(filed).GetProperty("id").GetString();

        var alert = Alert(await Subscriber.NextAsync(socket));
        Assert.Equal("HARASSMENT_ROUTED", alert.GetProperty("kind").GetString());
        Assert.Equal(id, alert.GetProperty("complaintId").GetString());
        Assert.Equal(JsonValueKind.Object, alert.GetProperty("complaint").ValueKind);
    }

    [Fact]
    public async Task Customers_cannot_subscribe_to_alerts()
    {
        var world = await Api.WorldAsync("no-alerts");
        var customer = await Api.CustomerTokenAsync(world, world.CustomerSubject);
        await using var socket = await Infrastructure.GraphQLSocket.ConnectAsync(events.Stack);
        await socket.InitAsync(new { authorization = "Bearer " + customer });
        await socket.ReceiveAsync();
        await socket.SendAsync(new { id = "a", type = "subscribe", payload = new { query = Alerts } });
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error!.Value.GetProperty("type").GetString());
        Assert.Equal("FORBIDDEN", error.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
