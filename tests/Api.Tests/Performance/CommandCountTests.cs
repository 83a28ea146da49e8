using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Data;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Performance;

/// <summary>
/// Performance by design: the SQL commands of a policy page with holder, insured and latest interactions are a fixed
/// number, independent of the page size (DataLoaders per level, keyset page, LATERAL top-N).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CommandCountTests(ApiEnvironment environment, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SqlCommandCounter _counter = new();
    private ApiStack _stack = null!;

    public async Task InitializeAsync() =>
        _stack = await ApiStack.StartAsync(environment.Cluster, configureApi: b => b.Services.AddSingleton(_counter));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Theory]
    [InlineData("inspector", "QUALITY_INSPECTOR")]
    [InlineData("supervisor", "SUPERVISOR")]
    [InlineData("agent1", "AGENT")]
    [InlineData("compliance", "COMPLIANCE_OFFICER")]
    public async Task A_page_of_policies_with_holder_insured_and_three_latest_interactions_costs_the_same_commands_for_10_and_50(string who, string role)
    {
        var data = await InsurerData.SeedAsync(_stack, "perf", customers: 60, interactionsPerPolicy: 4);
        var token = await data.TokenAsync(who, role);

        var (small, smallNodes) = await CountAsync(data, token, 10);
        var (large, largeNodes) = await CountAsync(data, token, 50);

        output.WriteLine($"{role}: {small} SQL commands for 10 policies, {large} for 50");
        Assert.Equal(10, smallNodes);
        Assert.Equal(50, largeNodes);
        Assert.Equal(small, large);
        Assert.InRange(large, 3, 9);
    }

    [Fact]
    public async Task A_page_of_customers_with_pages_of_their_held_and_insured_policies_costs_the_same_commands_for_10_and_50()
    {
        var data = await InsurerData.SeedAsync(_stack, "perf-held", customers: 60, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        async Task<long> Count(int size)
        {
            var before = _counter.Count;
            var body = Tokens.Data(await data.QueryAsync(token, $$"""
                { customers(first: {{size}}) { nodes { name
                    policiesHeld(first: 2) { totalCount nodes { policyNumber } pageInfo { hasNextPage } }
                    policiesInsured(first: 2) { totalCount nodes { policyNumber } } } } }
                """));
            var nodes = body.GetProperty("customers").GetProperty("nodes");
            Assert.Equal(size, nodes.GetArrayLength());
            Assert.All(nodes.EnumerateArray(), n => Assert.Equal(1, n.GetProperty("policiesHeld").GetProperty("totalCount").GetInt32()));
            return _counter.Count - before;
        }

        var small = await Count(10);
        var large = await Count(50);

        output.WriteLine($"{small} SQL commands for 10 customers, {large} for 50");
        Assert.Equal(small, large);
        Assert.InRange(large, 3, 8);
    }

    [Fact]
    public async Task The_counter_sees_every_command_so_an_n_plus_1_would_show()
    {
        var data = await InsurerData.SeedAsync(_stack, "perf-probe", customers: 12, interactionsPerPolicy: 1);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var ids = data.Policies.Take(5).Select(p => $"\"{InsurerData.Id("Policy", p.Id)}\"");

        // Five root node() fields batch into one load; five separate operations cost five times as much.
        var before = _counter.Count;
        Tokens.Data(await data.QueryAsync(token, "{ " + string.Join(" ", ids.Select((id, i) => $"p{i}: node(id: {id}) {{ id }}")) + " }"));
        var batched = _counter.Count - before;
        before = _counter.Count;
        foreach (var id in ids)
        {
            Tokens.Data(await data.QueryAsync(token, $"{{ node(id: {id}) {{ id }} }}"));
        }

        var separate = _counter.Count - before;
        Assert.True(batched > 0);
        Assert.Equal(5 * batched, separate);
    }

    private async Task<(long Commands, int Nodes)> CountAsync(InsurerData data, string token, int size)
    {
        var before = _counter.Count;
        var body = Tokens.Data(await data.QueryAsync(token, $$"""
            { policies(first: {{size}}) { nodes { policyNumber
                holder { name phone idNumber } insured { name email }
                interactions(last: 3) { startedAt channel customer { name } } } } }
            """));
        var commands = _counter.Count - before;
        var nodes = body.GetProperty("policies").GetProperty("nodes");
        foreach (var policy in nodes.EnumerateArray())
        {
            Assert.NotEqual(System.Text.Json.JsonValueKind.Null, policy.GetProperty("holder").ValueKind);
        }

        return (commands, nodes.GetArrayLength());
    }
}
