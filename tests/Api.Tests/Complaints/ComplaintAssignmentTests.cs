using Platform.Api.Relay;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints;

/// <summary>Assigning and reassigning a complaint's handler through GraphQL: history entry, event, refusals (R-CMP-01).</summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintAssignmentTests(ComplaintsApi api)
{
    private async Task<(ComplaintWorld World, ComplaintFlow Flow, string Supervisor)> StartAsync()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("assign");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        var flow = new ComplaintFlow(api, world, handler);
        await flow.FileAsync();
        await flow.StepAsync("acceptComplaint");
        return (world, flow, supervisor);
    }

    private static string Handler(Guid id) => $"handlerId: \"{id}\"";

    [Fact]
    public async Task Assign_then_reassign_sets_the_handler_and_appends_history_without_a_status_change_R_CMP_01()
    {
        var (world, flow, supervisor) = await StartAsync();

        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var assigned = await flow.StepAsync("assignComplaint", Handler(world.HandlerId), supervisor);
        Assert.Equal(world.HandlerId.ToString(), assigned.GetProperty("handlerId").GetString());
        Assert.Equal("ACCEPTED", assigned.GetProperty("status").GetString());

        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var reassigned = await flow.StepAsync("assignComplaint", Handler(world.SecondHandlerId), supervisor);
        Assert.Equal(world.SecondHandlerId.ToString(), reassigned.GetProperty("handlerId").GetString());
        Assert.Equal("ACCEPTED", reassigned.GetProperty("status").GetString());

        var history = reassigned.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(4, history.Count);
        Assert.Equal(["RECEIVED", "ACCEPTED", "ACCEPTED", "ACCEPTED"], history.Select(h => h.GetProperty("toStatus").GetString()));
        foreach (var entry in history.Skip(2))
        {
            // An assignment keeps the status: it is recorded from and to the same one, by the staff member who acted.
            Assert.Equal("ACCEPTED", entry.GetProperty("fromStatus").GetString());
            Assert.Equal("STAFF", entry.GetProperty("changedByKind").GetString());
        }

        Assert.Equal($"assigned to {world.HandlerId}", history[2].GetProperty("note").GetString());
        Assert.Equal($"reassigned from {world.HandlerId} to {world.SecondHandlerId}", history[3].GetProperty("note").GetString());
        var id = GlobalId.Parse(flow.ComplaintId, "Complaint");
        Assert.Equal(world.SupervisorId, await api.ScalarAsync<Guid>(world.TenantId,
            "SELECT changed_by_id FROM complaint_status_history WHERE complaint_id = $1 ORDER BY changed_at DESC, id DESC LIMIT 1", id));
        Assert.Equal(2L, await api.ScalarAsync<long>(world.TenantId,
            "SELECT count(*) FROM domain_events WHERE aggregate_id = $1 AND type = 'ComplaintAssigned'", id));
    }

    [Fact]
    public async Task Assigning_to_staff_without_a_complaint_role_is_refused_and_changes_nothing_R_CMP_01()
    {
        var (world, flow, supervisor) = await StartAsync();
        var before = await ComplaintSnapshot.OfAsync(api, supervisor, flow.ComplaintId);

        // The agent is an active staff member of the tenant, but neither complaint handler nor supervisor.
        var agent = ComplaintFlow.Refused(await flow.TryAsync("assignComplaint", Handler(world.AgentId), supervisor), "HandlerNotFoundError");
        Assert.Equal("HANDLER_NOT_FOUND", agent.GetProperty("code").GetString());
        var unknown = ComplaintFlow.Refused(await flow.TryAsync("assignComplaint", Handler(Guid.NewGuid()), supervisor), "HandlerNotFoundError");
        Assert.Equal("HANDLER_NOT_FOUND", unknown.GetProperty("code").GetString());

        Assert.Equal(before, await ComplaintSnapshot.OfAsync(api, supervisor, flow.ComplaintId));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId,
            "SELECT count(*) FROM domain_events WHERE aggregate_id = $1 AND type = 'ComplaintAssigned'", GlobalId.Parse(flow.ComplaintId, "Complaint")));
    }

    [Fact]
    public async Task An_archived_complaint_cannot_be_reassigned_R_CMP_01()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("assign-archived");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var reviewer = await api.StaffTokenAsync(world, world.SecondHandlerId, "COMPLAINT_HANDLER");
        var flow = new ComplaintFlow(api, world, handler);
        await flow.ToFeedbackGivenAsync();
        await flow.StepAsync("reviewComplaint", "", reviewer);
        await flow.StepAsync("archiveComplaint", "note: \"Outcome fair\"", reviewer);
        var before = await ComplaintSnapshot.OfAsync(api, reviewer, flow.ComplaintId);

        var error = ComplaintFlow.Refused(await flow.TryAsync("assignComplaint", Handler(world.SecondHandlerId), reviewer), "InvalidComplaintTransitionError");
        Assert.Equal("INVALID_COMPLAINT_TRANSITION", error.GetProperty("code").GetString());
        Assert.Equal("ARCHIVED", error.GetProperty("currentStatus").GetString());
        Assert.Empty(error.GetProperty("allowedNext").EnumerateArray());
        ComplaintSnapshot.AssertNamesStatus(error.GetProperty("message").GetString()!, "ARCHIVED");
        Assert.Equal(before, await ComplaintSnapshot.OfAsync(api, reviewer, flow.ComplaintId));
        Assert.Contains(world.HandlerId.ToString(), before);
    }
}
