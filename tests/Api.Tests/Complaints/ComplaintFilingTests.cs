using System.Text.Json;
using Platform.Api.Relay;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints;

/// <summary>Filing through GraphQL: links to a policy and an interaction, and refused input that stores nothing (R-CMP-01).</summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintFilingTests(ComplaintsApi api)
{
    private const string Selection =
        "complaint { id status policy { id } interaction { id } history { toStatus } } "
        + "errors { __typename ... on UserError { code message } ... on InvalidComplaintInputError { field } }";

    private async Task<(ComplaintWorld World, string Handler)> StartAsync(string prefix)
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync(prefix);
        return (world, await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER"));
    }

    private static string Input(Guid customerId, string extra = "") =>
        $"{{ customerId: \"{GlobalId.Encode("Customer", customerId)}\", channel: PHONE, category: CLAIMS, description: \"Claim paid late\" {extra} }}";

    private Task<JsonElement> FileAsync(string token, string input) => api.MutateAsync(token, "fileComplaint", input, Selection);

    /// <summary>Complaints and outbox events of the tenant, to prove a refused filing wrote neither.</summary>
    private async Task<(long Complaints, long Events, long History)> CountsAsync(ComplaintWorld world) => (
        await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM complaints"),
        await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM domain_events"),
        await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM complaint_status_history"));

    [Fact]
    public async Task A_complaint_filed_with_a_policy_and_an_interaction_shows_both_links_R_CMP_01()
    {
        var (world, handler) = await StartAsync("links");
        var policy = GlobalId.Encode("Policy", world.PolicyId);
        var interaction = GlobalId.Encode("Interaction", world.InteractionId);
        var filed = ComplaintFlow.Ok(await FileAsync(handler, Input(world.CustomerId, $"policyId: \"{policy}\", interactionId: \"{interaction}\"")));
        var id = filed.GetProperty("id").GetString()!;
        Assert.Equal(policy, filed.GetProperty("policy").GetProperty("id").GetString());
        Assert.Equal(world.InteractionId, await api.ScalarAsync<Guid>(world.TenantId,
            "SELECT interaction_id FROM complaints WHERE id = $1", GlobalId.Parse(id, "Complaint")));

        // Read back by a quality inspector, who sees every call: both links are stored, not only echoed.
        var inspector = await Customers.Tokens.ForAsync(api.Stack, world.TenantId, world.SubjectOf(world.SupervisorId), "QUALITY_INSPECTOR");
        var read = await LinksAsync(inspector, id);
        Assert.Equal(policy, read.GetProperty("policy").GetProperty("id").GetString());
        Assert.Equal(interaction, read.GetProperty("interaction").GetProperty("id").GetString());

        // A handler sees the call once handling the complaint (calls of their complaints' customers, R-PII-03).
        foreach (var step in new[] { "acceptComplaint", "startComplaintInvestigation" })
        {
            ComplaintFlow.Ok(await api.MutateAsync(handler, step, $"{{ complaintId: \"{id}\" }}"));
        }

        Assert.Equal(interaction, (await LinksAsync(handler, id)).GetProperty("interaction").GetProperty("id").GetString());
    }

    private async Task<JsonElement> LinksAsync(string token, string complaintId) =>
        (await api.QueryAsync(token, $"{{ node(id: \"{complaintId}\") {{ ... on Complaint {{ policy {{ id }} interaction {{ id }} }} }} }}")).GetProperty("node");

    [Fact]
    public async Task A_customer_of_another_tenant_or_an_unknown_one_is_refused_and_nothing_is_stored_R_CMP_01()
    {
        var (world, handler) = await StartAsync("file-foreign");
        var other = await api.WorldAsync("file-other");
        var before = await CountsAsync(world);

        foreach (var customer in new[] { other.CustomerId, Guid.NewGuid() })
        {
            var error = ComplaintFlow.Refused(await FileAsync(handler, Input(customer)), "CustomerNotFoundError");
            Assert.Equal("CUSTOMER_NOT_FOUND", error.GetProperty("code").GetString());
        }

        Assert.Equal(before, await CountsAsync(world));
        Assert.Equal(0L, await api.ScalarAsync<long>(other.TenantId, "SELECT count(*) FROM complaints"));
    }

    [Fact]
    public async Task Links_that_do_not_belong_to_the_complainant_are_refused_R_CMP_01()
    {
        var (world, handler) = await StartAsync("file-links");
        var before = await CountsAsync(world);

        // The policy and the interaction are the first customer's; the complaint is filed for the second.
        var policy = ComplaintFlow.Refused(
            await FileAsync(handler, Input(world.OtherCustomerId, $"policyId: \"{GlobalId.Encode("Policy", world.PolicyId)}\"")), "PolicyNotFoundError");
        Assert.Equal("POLICY_NOT_FOUND", policy.GetProperty("code").GetString());
        var interaction = ComplaintFlow.Refused(
            await FileAsync(handler, Input(world.OtherCustomerId, $"interactionId: \"{GlobalId.Encode("Interaction", world.InteractionId)}\"")), "InvalidComplaintInputError");
        Assert.Equal("INVALID_INPUT", interaction.GetProperty("code").GetString());
        Assert.Equal("interactionId", interaction.GetProperty("field").GetString());

        // Customers file through self-service, never inside a call.
        var customer = await api.CustomerTokenAsync(world, world.CustomerSubject);
        var own = ComplaintFlow.Refused(
            await FileAsync(customer, Input(world.CustomerId, $"interactionId: \"{GlobalId.Encode("Interaction", world.InteractionId)}\"")), "InvalidComplaintInputError");
        Assert.Equal("interactionId", own.GetProperty("field").GetString());

        Assert.Equal(before, await CountsAsync(world));
    }

    [Fact]
    public async Task Staff_must_name_the_complainant_and_a_blank_description_is_refused_R_CMP_01()
    {
        var (world, handler) = await StartAsync("file-input");
        var before = await CountsAsync(world);

        var nobody = ComplaintFlow.Refused(await FileAsync(handler, "{ channel: PHONE, category: CLAIMS, description: \"Late\" }"), "InvalidComplaintInputError");
        Assert.Equal("customerId", nobody.GetProperty("field").GetString());
        var blank = ComplaintFlow.Refused(
            await FileAsync(handler, $"{{ customerId: \"{GlobalId.Encode("Customer", world.CustomerId)}\", channel: PHONE, category: CLAIMS, description: \"  \" }}"),
            "InvalidComplaintInputError");
        Assert.Equal("description", blank.GetProperty("field").GetString());

        Assert.Equal(before, await CountsAsync(world));
    }
}
