using System.Diagnostics;
using System.Text.Json;

using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Complaints.Events;

/// <summary>Complaint status changes pushed over graphql-transport-ws (R-CMP-01), scoped by tenant and role.</summary>
[Collection(ComplaintEventsApi.Name)]
public sealed class ComplaintSubscriptionTests(ComplaintEventsApi events)
{
    private const string AllChanges = "subscription { complaintStatusChanged { cursor complaintId reference fromStatus toStatus reopened complaint { status } } }";

    private ComplaintsApi Api => events.Complaints;

    private static JsonElement Change(JsonElement data) => data.GetProperty("complaintStatusChanged");

    [Fact]
    public async Task A_status_change_reaches_a_subscriber_within_one_second_R_CMP_01()
    {
        var world = await Api.WorldAsync("live");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await Api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        await using var socket = await events.SubscribeAsync(supervisor, world.TenantId, AllChanges);

        var flow = new ComplaintFlow(Api, world, handler);
        await flow.FileAsync();
        var filed = Change(await Subscriber.NextAsync(socket));
        Assert.Equal(JsonValueKind.Null, filed.GetProperty("fromStatus").ValueKind);
        Assert.Equal("RECEIVED", filed.GetProperty("toStatus").GetString());
        Assert.Equal(flow.ComplaintId, filed.GetProperty("complaintId").GetString());

        var clock = Stopwatch.StartNew();
        await flow.StepAsync("acceptComplaint");
        var accepted = Change(await Subscriber.NextAsync(socket, TimeSpan.FromSeconds(1) - clock.Elapsed + TimeSpan.FromMilliseconds(1)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"delivered after {clock.Elapsed}");
        Assert.Equal("RECEIVED", accepted.GetProperty("fromStatus").GetString());
        Assert.Equal("ACCEPTED", accepted.GetProperty("toStatus").GetString());
        Assert.Equal("ACCEPTED", accepted.GetProperty("complaint").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reconnecting_with_after_replays_exactly_the_missed_changes_in_order_R_CMP_01()
    {
        var world = await Api.WorldAsync("resume");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await Api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        var flow = new ComplaintFlow(Api, world, handler);

        string cursor;
        await using (var first = await events.SubscribeAsync(supervisor, world.TenantId, AllChanges))
        {
            await flow.FileAsync();
            cursor = Change(await Subscriber.NextAsync(first)).GetProperty("cursor").GetString()!;
        }

        // Missed while disconnected.
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");

        await using var second = await events.SubscribeAsync(supervisor, world.TenantId,
            $$"""subscription { complaintStatusChanged(after: "{{cursor}}") { cursor toStatus } }""");
        var replayed = new[] { Change(await Subscriber.NextAsync(second)), Change(await Subscriber.NextAsync(second)) };
        Assert.Equal(["ACCEPTED", "INVESTIGATING"], replayed.Select(c => c.GetProperty("toStatus").GetString()));

        // Live again, and nothing replayed twice: the next message is the next change.
        await flow.StepAsync("resolveComplaint", ComplaintFlow.Measures);
        var live = Change(await Subscriber.NextAsync(second));
        Assert.Equal("RESOLVED", live.GetProperty("toStatus").GetString());
        var cursors = replayed.Append(live).Select(c => c.GetProperty("cursor").GetString()).Prepend(cursor).ToList();
        Assert.Equal(cursors.Count, cursors.Distinct().Count());
    }

    [Fact]
    public async Task A_subscriber_of_tenant_B_never_sees_tenant_A_changes_R_TEN_01()
    {
        var a = await Api.WorldAsync("tenant-a");
        var b = await Api.WorldAsync("tenant-b");
        var supervisorB = await Api.StaffTokenAsync(b, b.SupervisorId, "SUPERVISOR");
        await using var socket = await events.SubscribeAsync(supervisorB, b.TenantId, AllChanges);

        var flowA = new ComplaintFlow(Api, a, await Api.StaffTokenAsync(a, a.HandlerId, "COMPLAINT_HANDLER"));
        await flowA.FileAsync();
        await flowA.StepAsync("acceptComplaint");
        var flowB = new ComplaintFlow(Api, b, await Api.StaffTokenAsync(b, b.HandlerId, "COMPLAINT_HANDLER"));
        await flowB.FileAsync();

        // Tenant A's two changes were committed first; B's subscriber gets B's own change first.
        var first = Change(await Subscriber.NextAsync(socket));
        Assert.Equal(flowB.ComplaintId, first.GetProperty("complaintId").GetString());
    }

    [Fact]
    public async Task A_customer_receives_only_changes_of_their_own_complaint_R_PII_03()
    {
        var world = await Api.WorldAsync("own");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var customer = await Api.CustomerTokenAsync(world, world.CustomerSubject);
        await using var socket = await events.SubscribeAsync(customer, world.TenantId, AllChanges);

        // Another customer's complaint first, then the subscriber's own.
        var other = await Api.MutateAsync(handler, "fileComplaint",
            $"{{ customerId: \"{Platform.Api.Relay.GlobalId.Encode("Customer", world.OtherCustomerId)}\", channel: PHONE, category: SALES, description: \"Mis-sold\" }}");
        Assert.Equal(0, other.GetProperty("errors").GetArrayLength());
        var own = new ComplaintFlow(Api, world, handler);
        await own.FileAsync();

        var first = Change(await Subscriber.NextAsync(socket));
        Assert.Equal(own.ComplaintId, first.GetProperty("complaintId").GetString());
    }

    [Fact]
    public async Task A_handler_receives_changes_of_complaints_assigned_to_them_only_R_CMP_01()
    {
        var world = await Api.WorldAsync("assigned");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var second = await Api.StaffTokenAsync(world, world.SecondHandlerId, "COMPLAINT_HANDLER");
        await using var socket = await events.SubscribeAsync(second, world.TenantId, AllChanges);

        // Starting the investigation assigns the complaint to the handler who starts it: first the other handler's
        // complaint, then the subscriber's. Changes before the assignment belong to no handler.
        var mine = new ComplaintFlow(Api, world, handler);
        await mine.FileAsync();
        await mine.StepAsync("acceptComplaint");
        await mine.StepAsync("startComplaintInvestigation");
        var theirs = new ComplaintFlow(Api, world, second);
        await theirs.FileAsync();
        await theirs.StepAsync("acceptComplaint");
        await theirs.StepAsync("startComplaintInvestigation");
        await theirs.StepAsync("resolveComplaint", ComplaintFlow.Measures);

        var first = Change(await Subscriber.NextAsync(socket));
        Assert.Equal(theirs.ComplaintId, first.GetProperty("complaintId").GetString());
        Assert.Equal("INVESTIGATING", first.GetProperty("toStatus").GetString());
        Assert.Equal("RESOLVED", Change(await Subscriber.NextAsync(socket)).GetProperty("toStatus").GetString());
    }

    [Fact]
    public async Task One_complaint_subscription_filters_by_id_and_refuses_an_invisible_complaint_R_PII_03()
    {
        var world = await Api.WorldAsync("one");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var watched = new ComplaintFlow(Api, world, handler);
        await watched.FileAsync();
        var noise = new ComplaintFlow(Api, world, handler);
        await noise.FileAsync();

        var customer = await Api.CustomerTokenAsync(world, world.OtherCustomerSubject);
        await using (var refused = await Infrastructure.GraphQLSocket.ConnectAsync(events.Stack))
        {
            await refused.InitAsync(new { authorization = "Bearer " + customer });
            await refused.ReceiveAsync();
            await refused.SendAsync(new { id = "x", type = "subscribe", payload = new { query = $$"""subscription { complaintStatusChanged(complaintId: "{{watched.ComplaintId}}") { toStatus } }""" } });
            var error = await refused.ReceiveAsync();
            Assert.Equal("error", error!.Value.GetProperty("type").GetString());
            Assert.Equal("NOT_FOUND", error.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        var supervisor = await Api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        await using var socket = await events.SubscribeAsync(supervisor, world.TenantId,
            $$"""subscription { complaintStatusChanged(complaintId: "{{watched.ComplaintId}}") { complaintId toStatus } }""");
        await noise.StepAsync("acceptComplaint");
        await watched.StepAsync("acceptComplaint");
        var first = Change(await Subscriber.NextAsync(socket));
        Assert.Equal(watched.ComplaintId, first.GetProperty("complaintId").GetString());
    }

    [Fact]
    public async Task Two_api_processes_each_deliver_events_caused_through_the_other_R_CMP_01()
    {
        var world = await Api.WorldAsync("two");
        var handler = await Api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await Api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        await using var onFirst = await events.SubscribeAsync(supervisor, world.TenantId, AllChanges);
        await using var onSecond = await events.SubscribeAsync(supervisor, world.TenantId, AllChanges, events.Second.ApiUrl);

        // Filed through the first process, accepted through the second.
        var flow = new ComplaintFlow(Api, world, handler);
        await flow.FileAsync();
        using var secondClient = new HttpClient { BaseAddress = new Uri(events.Second.ApiUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                query = $$"""mutation { acceptComplaint(input: { complaintId: "{{flow.ComplaintId}}" }) { complaint { status } } }""",
            }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", handler);
        using var response = await secondClient.SendAsync(request);
        Assert.Contains("ACCEPTED", await response.Content.ReadAsStringAsync());

        foreach (var socket in new[] { onFirst, onSecond })
        {
            Assert.Equal("RECEIVED", Change(await Subscriber.NextAsync(socket)).GetProperty("toStatus").GetString());
            Assert.Equal("ACCEPTED", Change(await Subscriber.NextAsync(socket)).GetProperty("toStatus").GetString());
        }
    }
}
