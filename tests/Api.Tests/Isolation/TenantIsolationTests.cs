using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Isolation;

/// <summary>
/// Two seeded tenants: every list and every node lookup of Customer, Policy and Interaction by a caller of one tenant
/// returns nothing of the other (R-TEN-01), and a platform admin reads no tenant business data (R-TEN-02).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TenantIsolationTests(ApiEnvironment environment)
{
    private const string Lists = """
        { customers(first: 100) { totalCount nodes { id policiesHeld { nodes { id } } policiesInsured { nodes { id } } interactions(last: 20) { id } } }
          policies(first: 100) { totalCount nodes { id holder { id } insured { id } interactions(last: 20) { id } } }
          interactions(first: 100) { totalCount nodes { id customer { id } policy { id } } } }
        """;

    [Fact]
    public async Task Every_list_of_one_tenant_holds_only_its_own_customers_policies_and_interactions_R_TEN_01()
    {
        var first = await InsurerData.SeedAsync(environment.Stack, "iso-a", customers: 5, interactionsPerPolicy: 3);
        var second = await InsurerData.SeedAsync(environment.Stack, "iso-b", customers: 5, interactionsPerPolicy: 3);

        foreach (var (mine, theirs) in new[] { (first, second), (second, first) })
        {
            var body = Tokens.Data(await mine.QueryAsync(await mine.TokenAsync("compliance", "COMPLIANCE_OFFICER"), Lists));
            var ids = AllIds(body);

            Assert.Equal(mine.Customers.Count, body.GetProperty("customers").GetProperty("totalCount").GetInt32());
            Assert.Equal(mine.Policies.Count, body.GetProperty("policies").GetProperty("totalCount").GetInt32());
            Assert.Equal(mine.Interactions.Count, body.GetProperty("interactions").GetProperty("totalCount").GetInt32());
            Assert.Superset(OwnIds(mine).ToHashSet(), ids.ToHashSet());
            Assert.Empty(ids.Intersect(OwnIds(theirs)));
        }
    }

    [Theory]
    [InlineData("compliance", "COMPLIANCE_OFFICER")]
    [InlineData("inspector", "QUALITY_INSPECTOR")]
    [InlineData("agent1", "AGENT")]
    [InlineData("customer", "CUSTOMER")]
    public async Task Node_lookups_of_the_other_tenants_ids_return_null_R_TEN_01(string who, string role)
    {
        var mine = await InsurerData.SeedAsync(environment.Stack, "iso-node-a", customers: 3, interactionsPerPolicy: 2);
        var theirs = await InsurerData.SeedAsync(environment.Stack, "iso-node-b", customers: 3, interactionsPerPolicy: 2);
        var token = await mine.TokenAsync(who, role);
        var foreign = OwnIds(theirs).ToList();

        foreach (var id in foreign)
        {
            var node = Tokens.Data(await mine.QueryAsync(token, $"{{ node(id: \"{id}\") {{ id }} }}"));
            Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
        }

        var nodes = Tokens.Data(await mine.QueryAsync(token, $"{{ nodes(ids: [{string.Join(",", foreign.Select(i => $"\"{i}\""))}]) {{ id }} }}"));
        Assert.All(nodes.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));

        // The same lookups with the other tenant's own token do find them: the nulls above are isolation, not bad ids.
        var owner = await theirs.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var found = Tokens.Data(await theirs.QueryAsync(owner, $"{{ nodes(ids: [{string.Join(",", foreign.Select(i => $"\"{i}\""))}]) {{ id }} }}"));
        Assert.Equal(foreign, found.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task A_platform_admin_reads_no_tenant_business_data_R_TEN_02()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "iso-platform", customers: 2, interactionsPerPolicy: 1);
        var token = await Tokens.ForAsync(environment.Stack, tenant: null, "operator@platform", "PLATFORM_ADMIN");

        foreach (var root in new[] { "customers", "policies", "interactions", "policiesDueForRenewal" })
        {
            var body = await data.QueryAsync(token, $"{{ {root} {{ totalCount }} }}");
            Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
            Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
        }

        var node = Tokens.Data(await data.QueryAsync(token, $"{{ node(id: \"{InsurerData.Id("Customer", data.Customers[0].Id)}\") {{ id }} }}"));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Mutations_cannot_reach_the_other_tenants_records_R_TEN_01()
    {
        var mine = await InsurerData.SeedAsync(environment.Stack, "iso-write-a", customers: 2, interactionsPerPolicy: 0);
        var theirs = await InsurerData.SeedAsync(environment.Stack, "iso-write-b", customers: 2, interactionsPerPolicy: 0);
        var token = await mine.TokenAsync("supervisor", "SUPERVISOR");
        var foreignCustomer = InsurerData.Id("Customer", theirs.Customers[0].Id);

        var update = Tokens.Data(await mine.QueryAsync(token, $$"""mutation { updateCustomer(input: { id: "{{foreignCustomer}}", riskLevel: HIGH }) { customer { id } errors { __typename } } }"""));
        var policy = Tokens.Data(await mine.QueryAsync(token, $$"""mutation { updatePolicy(input: { id: "{{InsurerData.Id("Policy", theirs.Policies[0].Id)}}", status: LAPSED }) { policy { id } errors { __typename } } }"""));
        var create = Tokens.Data(await mine.QueryAsync(token, $$"""
            mutation { createPolicy(input: { policyNumber: "X-1", productLine: LIFE, productName: "p", sumInsured: 1, premium: 1,
              startDate: "2026-01-01", endDate: "2027-01-01", holderId: "{{foreignCustomer}}", insuredId: "{{foreignCustomer}}" }) { policy { id } errors { __typename } } }
            """));

        Assert.Equal("CustomerNotFoundError", update.GetProperty("updateCustomer").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("PolicyNotFoundError", policy.GetProperty("updatePolicy").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("CustomerNotFoundError", create.GetProperty("createPolicy").GetProperty("errors")[0].GetProperty("__typename").GetString());
        var reread = Tokens.Data(await theirs.QueryAsync(await theirs.TokenAsync("compliance", "COMPLIANCE_OFFICER"),
            $$"""{ node(id: "{{foreignCustomer}}") { ... on Customer { riskLevel } } }"""));
        Assert.Equal(theirs.Customers[0].RiskLevel.ToString().ToUpperInvariant(), reread.GetProperty("node").GetProperty("riskLevel").GetString());
    }

    private static IEnumerable<string> OwnIds(InsurerData data) =>
        data.Customers.Select(c => InsurerData.Id("Customer", c.Id))
            .Concat(data.Policies.Select(p => InsurerData.Id("Policy", p.Id)))
            .Concat(data.Interactions.Select(i => InsurerData.Id("Interaction", i.Id)));

    private static List<string> AllIds(JsonElement element)
    {
        var ids = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        if (property.Name == "id" && property.Value.ValueKind == JsonValueKind.String)
                        {
                            ids.Add(property.Value.GetString()!);
                        }
                        else
                        {
                            Walk(property.Value);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(element);
        return ids;
    }
}
