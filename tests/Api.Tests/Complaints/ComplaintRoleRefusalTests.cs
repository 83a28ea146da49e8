using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints;

/// <summary>
/// Workflow mutations called by a role the schema's @authorize does not admit: the API answers FORBIDDEN on the field
/// (as the authorization matrix checks for queries) and the complaint stays as it was (R-CMP-01, R-CMP-05).
/// </summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintRoleRefusalTests(ComplaintsApi api)
{
    private async Task AssertForbiddenAsync(ComplaintFlow flow, string viewer, string token, string mutation, string extra = "")
    {
        var before = await ComplaintSnapshot.OfAsync(api, viewer, flow.ComplaintId);
        var body = await Tokens.QueryAsync(api.Stack, token,
            $"mutation {{ {mutation}(input: {{ complaintId: \"{flow.ComplaintId}\" {extra} }}) {{ complaint {{ status }} }} }}");
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
        if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(mutation).ValueKind);
        }

        Assert.Equal(before, await ComplaintSnapshot.OfAsync(api, viewer, flow.ComplaintId));
    }

    private async Task<(ComplaintWorld World, ComplaintFlow Flow, string Supervisor)> StartAsync()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("roles");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        return (world, new ComplaintFlow(api, world, handler), supervisor);
    }

    [Fact]
    public async Task An_agent_cannot_accept_or_assign_a_complaint_R_CMP_01()
    {
        var (world, flow, supervisor) = await StartAsync();
        await flow.FileAsync();
        var agent = await api.StaffTokenAsync(world, world.AgentId, "AGENT");
        await AssertForbiddenAsync(flow, supervisor, agent, "acceptComplaint");
        await AssertForbiddenAsync(flow, supervisor, agent, "assignComplaint", $", handlerId: \"{world.AgentId}\"");
        Assert.Contains("\"status\":\"RECEIVED\"", await ComplaintSnapshot.OfAsync(api, supervisor, flow.ComplaintId));
    }

    [Fact]
    public async Task The_complainant_cannot_resolve_or_archive_their_own_complaint_R_CMP_01()
    {
        var (world, flow, supervisor) = await StartAsync();
        await flow.FileAsync();
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");
        var customer = await api.CustomerTokenAsync(world, world.CustomerSubject);
        await AssertForbiddenAsync(flow, supervisor, customer, "resolveComplaint", ", " + ComplaintFlow.Measures);
        await AssertForbiddenAsync(flow, supervisor, customer, "archiveComplaint");
        Assert.Contains("\"status\":\"INVESTIGATING\"", await ComplaintSnapshot.OfAsync(api, supervisor, flow.ComplaintId));
    }

    [Fact]
    public async Task A_quality_inspector_may_read_but_not_review_a_complaint_R_CMP_05()
    {
        var (world, flow, supervisor) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        // The inspector acts as a staff member other than the handler, so only the role can be what refuses.
        var inspector = await Tokens.ForAsync(api.Stack, world.TenantId, world.SubjectOf(world.SecondHandlerId), "QUALITY_INSPECTOR");
        Assert.Contains("\"status\":\"FEEDBACK_GIVEN\"", await ComplaintSnapshot.OfAsync(api, inspector, flow.ComplaintId));
        await AssertForbiddenAsync(flow, supervisor, inspector, "reviewComplaint");
    }
}
