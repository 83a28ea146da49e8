using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;

namespace Platform.Api.Tests.Authorization;

/// <summary>Row scoping of interactions by role, and the interaction list's filters, over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class RowScopeTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Each_role_sees_exactly_its_scope_of_interactions()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "scope", customers: 4, interactionsPerPolicy: 4);

        async Task<HashSet<string>> Seen(string who, string role) =>
            [.. Tokens.Data(await data.QueryAsync(await data.TokenAsync(who, role), "{ interactions(first: 100) { nodes { id } } }"))
                .GetProperty("interactions").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
        HashSet<string> Ids(Func<Interaction, bool> which) => [.. data.Interactions.Where(which).Select(i => InsurerData.Id("Interaction", i.Id))];

        // agent1 is in the supervisor's team, agent2 is not; the handler handles a complaint of customer 0.
        Assert.Equal(Ids(i => i.AgentId == data.Agent1Id), await Seen("agent1", "AGENT"));
        Assert.Equal(Ids(i => i.AgentId == data.Agent2Id), await Seen("agent2", "AGENT"));
        Assert.Equal(Ids(i => i.AgentId == data.Agent1Id), await Seen("supervisor", "SUPERVISOR"));
        Assert.Equal(Ids(_ => true), await Seen("inspector", "QUALITY_INSPECTOR"));
        Assert.Equal(Ids(_ => true), await Seen("compliance", "COMPLIANCE_OFFICER"));
        Assert.Equal(Ids(i => i.CustomerId == data.ComplaintCustomer.Id), await Seen("handler", "COMPLAINT_HANDLER"));
        Assert.Equal(Ids(i => i.CustomerId == data.SelfServiceCustomer.Id), await Seen("customer", "CUSTOMER"));
        Assert.NotEmpty(Ids(i => i.AgentId == data.Agent2Id));
    }

    [Fact]
    public async Task A_customer_sees_only_policies_they_hold_or_are_insured_by_R_PII_03()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "scope-pol", customers: 4, interactionsPerPolicy: 0);
        var me = data.SelfServiceCustomer.Id;

        var numbers = Tokens.Data(await data.QueryAsync(await data.TokenAsync("customer", "CUSTOMER"), "{ policies { nodes { policyNumber } } }"))
            .GetProperty("policies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("policyNumber").GetString()!).Order();

        Assert.Equal(data.Policies.Where(p => p.PolicyholderId == me || p.InsuredId == me).Select(p => p.PolicyNumber).Order(), numbers);
    }

    [Fact]
    public async Task The_interaction_list_filters_by_channel_agent_customer_time_range_and_flags()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "scope-filter", customers: 3, interactionsPerPolicy: 4);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var customer = data.Customers[1];
        var middle = data.Interactions.OrderBy(i => i.StartedAt).ElementAt(5).StartedAt;

        async Task<List<string>> Ids(string filter) =>
            [.. Tokens.Data(await data.QueryAsync(token, $"{{ interactions(first: 100, filter: {filter}) {{ nodes {{ id }} }} }}"))
                .GetProperty("interactions").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
        List<string> Expected(Func<Interaction, bool> which) =>
            [.. data.Interactions.Where(which).OrderByDescending(i => i.StartedAt).ThenByDescending(i => i.Id).Select(i => InsurerData.Id("Interaction", i.Id))];

        Assert.Equal(Expected(i => i.AgentId == data.Agent2Id), await Ids($"{{ agentId: \"{data.Agent2Id}\" }}"));
        Assert.Equal(Expected(i => i.CustomerId == customer.Id), await Ids($"{{ customerId: \"{InsurerData.Id("Customer", customer.Id)}\" }}"));
        Assert.Equal(Expected(i => i.LateAnswer), await Ids("{ lateAnswer: true }"));
        Assert.Equal(Expected(i => i.Urgency == Domain.Interactions.Urgency.Urgent), await Ids("{ urgent: true }"));
        Assert.Equal(Expected(i => i.StartedAt >= middle), await Ids($"{{ startedFrom: \"{middle:O}\" }}"));
        Assert.Empty(await Ids("{ channels: [EMAIL, SMS] }"));
        Assert.Equal(Expected(_ => true), await Ids("{ channels: [INBOUND_CALL] }"));

        var bad = await data.QueryAsync(token, "{ interactions(filter: { customerId: \"not-an-id\" }) { nodes { id } } }");
        Assert.Equal(["INVALID_ID"], Tokens.ErrorCodes(bad));
    }
}
