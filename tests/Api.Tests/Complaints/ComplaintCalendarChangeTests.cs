using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints;

/// <summary>R-CMP-08: a tenant admin's calendar change through <c>configureTenant</c> moves open deadlines, not the time used.</summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintCalendarChangeTests(ComplaintsApi api)
{
    private const string Deadlines = "deadlines { overdue resolution { dueAt state met remainingSeconds } }";

    private static DateTimeOffset Due(JsonElement deadline) => DateTimeOffset.Parse(deadline.GetProperty("dueAt").GetString()!);

    [Fact]
    public async Task Holiday_added_by_tenant_admin_moves_open_resolution_due_and_overdue_filter_but_not_time_used_or_met_deadline_R_CMP_08()
    {
        // Mon 2 Mar 2026 10:00, no holidays: 7 working days to resolve end Wed 11 Mar 10:00.
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("calchg");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var open = new ComplaintFlow(api, world, handler);
        await open.FileAsync();
        await open.StepAsync("acceptComplaint");
        await open.StepAsync("startComplaintInvestigation");
        var closed = new ComplaintFlow(api, world, handler);
        var done = await closed.ToFeedbackGivenAsync();
        Assert.True(done.GetProperty("deadlines").GetProperty("resolution").GetProperty("met").GetBoolean());

        // Two working days later the open clock has 5 of its 7 working days left.
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 4, 10, 0));
        var before = await ResolutionAsync(handler, open.ComplaintId);
        Assert.Equal(ManualClock.Shanghai(2026, 3, 11, 10, 0), Due(before));
        Assert.Equal(5 * 24 * 3600L, before.GetProperty("remainingSeconds").GetInt64());
        var closedBefore = await ResolutionAsync(handler, closed.ComplaintId);
        Assert.Equal(ManualClock.Shanghai(2026, 3, 11, 10, 0), Due(closedBefore));

        // The tenant admin declares Mon 9 Mar a public holiday, inside the open window.
        var admin = await Tokens.ForAsync(api.Stack, world.TenantId, world.Prefix + "-admin", "TENANT_ADMIN");
        var configured = (await api.QueryAsync(admin,
            "mutation { configureTenant(input: { holidays: [{ date: \"2026-03-09\", name: \"Test holiday\" }] }) "
            + "{ tenant { holidays { date } } errors { __typename } } }")).GetProperty("configureTenant");
        Assert.Equal(0, configured.GetProperty("errors").GetArrayLength());
        Assert.Equal(["2026-03-09"], configured.GetProperty("tenant").GetProperty("holidays").EnumerateArray().Select(d => d.GetProperty("date").GetString()));

        // The open due time moves by the one working day the holiday removed; the time used (hence left) is kept.
        var after = await ResolutionAsync(handler, open.ComplaintId);
        Assert.Equal(ManualClock.Shanghai(2026, 3, 12, 10, 0), Due(after));
        Assert.Equal(5 * 24 * 3600L, after.GetProperty("remainingSeconds").GetInt64());
        Assert.Equal("PENDING", after.GetProperty("state").GetString());

        // The resolution already met stays where it was, and met.
        var closedAfter = await ResolutionAsync(handler, closed.ComplaintId);
        Assert.Equal(ManualClock.Shanghai(2026, 3, 11, 10, 0), Due(closedAfter));
        Assert.True(closedAfter.GetProperty("met").GetBoolean());

        // Wed 11 Mar 12:00: past the old due time, before the moved one. The stored due times behind the filters
        // must agree with the moved deadline: not overdue, but due within a day.
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 11, 12, 0));
        var overdue = (await api.QueryAsync(handler, $"{{ complaints(filter: {{ overdue: true }}) {{ totalCount nodes {{ id {Deadlines} }} }} }}")).GetProperty("complaints");
        Assert.Equal(0, overdue.GetProperty("totalCount").GetInt32());
        var onTime = (await api.QueryAsync(handler, $"{{ complaints(filter: {{ overdue: false }}) {{ nodes {{ id {Deadlines} }} }} }}")).GetProperty("complaints");
        var openNode = Assert.Single(onTime.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == open.ComplaintId);
        Assert.False(openNode.GetProperty("deadlines").GetProperty("overdue").GetBoolean());
        var soon = (await api.QueryAsync(handler, "{ complaints(filter: { dueWithinHours: 24 }) { nodes { id } } }")).GetProperty("complaints");
        Assert.Equal([open.ComplaintId], soon.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

        // Past the moved due time the filter and the deadline agree again that it is overdue.
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 12, 11, 0));
        var late = (await api.QueryAsync(handler, $"{{ complaints(filter: {{ overdue: true }}) {{ nodes {{ id {Deadlines} }} }} }}")).GetProperty("complaints");
        var lateNode = Assert.Single(late.GetProperty("nodes").EnumerateArray());
        Assert.Equal(open.ComplaintId, lateNode.GetProperty("id").GetString());
        Assert.Equal("OVERDUE", lateNode.GetProperty("deadlines").GetProperty("resolution").GetProperty("state").GetString());
    }

    private async Task<JsonElement> ResolutionAsync(string token, string complaintId) =>
        (await api.QueryAsync(token, $"{{ node(id: \"{complaintId}\") {{ ... on Complaint {{ {Deadlines} }} }} }}"))
            .GetProperty("node").GetProperty("deadlines").GetProperty("resolution");
}
