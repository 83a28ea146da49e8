using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;

namespace Platform.Api.Tests.Interactions;

/// <summary>The interaction list's <c>orderBy</c>: both directions over keyset pages, the deprecated <c>direction</c>, cursors per order.</summary>
[Collection(ApiCollection.Name)]
public sealed class InteractionOrderTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Orders_by_start_time_both_ways_with_the_id_breaking_ties_and_pages_read_the_same_forward_and_backward()
    {
        var (data, token) = await SeedAsync("int-order");
        async Task<List<string>> Walk(string orderBy) => await Paging.BothWaysAsync(
            q => Data(data, token, q), args => $"{{ interactions({args}{orderBy}) {{ nodes {{ id }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("interactions"), size: 4, key: n => n.GetProperty("id").GetString()!);

        var ascending = data.Interactions.OrderBy(i => i.StartedAt).ThenBy(i => i.Id).Select(IdOf).ToList();
        var descending = Enumerable.Reverse(ascending).ToList();

        Assert.Equal(ascending, await Walk(", orderBy: { field: STARTED_AT, direction: ASC }"));
        Assert.Equal(descending, await Walk(", orderBy: { field: STARTED_AT, direction: DESC }"));
        Assert.Equal(descending, await Walk(""));
        Assert.Equal(ascending, await Walk(", orderBy: { direction: ASC }"));
        // The deprecated argument still works the way it did.
        Assert.Equal(ascending, await Walk(", direction: ASC"));
    }

    [Fact]
    public async Task The_order_combines_with_filters_and_the_callers_scope()
    {
        var (data, _) = await SeedAsync("int-order-scope");
        var agent = await data.TokenAsync("agent1", "AGENT");

        var seen = await Paging.BothWaysAsync(
            q => Data(data, agent, q), args => $"{{ interactions({args}, filter: {{ lateAnswer: false }}, orderBy: {{ field: STARTED_AT, direction: ASC }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("interactions"), size: 2, key: n => n.GetProperty("id").GetString()!);

        var expected = data.Interactions.Where(i => i.AgentId == data.Agent1Id && !i.LateAnswer).OrderBy(i => i.StartedAt).ThenBy(i => i.Id).Select(IdOf).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < data.Interactions.Count);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task A_cursor_of_another_order_or_list_and_both_order_arguments_are_clear_errors()
    {
        var (data, token) = await SeedAsync("int-order-bad");
        var ascending = await Paging.FirstCursorAsync(q => Data(data, token, q),
            args => $"{{ interactions({args}, orderBy: {{ field: STARTED_AT, direction: ASC }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("interactions"));
        var complaints = await Paging.FirstCursorAsync(q => Data(data, token, q),
            args => $"{{ complaints({args}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("complaints"));

        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ interactions(after: \"{ascending}\") {{ nodes {{ id }} }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ interactions(before: \"{complaints}\", orderBy: {{ direction: ASC }}) {{ nodes {{ id }} }} }}")));
        Assert.Empty(Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ interactions(after: \"{ascending}\", direction: ASC) {{ nodes {{ id }} }} }}")));
        var both = await data.QueryAsync(token, "{ interactions(direction: ASC, orderBy: { direction: ASC }) { nodes { id } } }");
        Assert.Equal(["BAD_USER_INPUT"], Tokens.ErrorCodes(both));
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], Tokens.ErrorCodes(await data.QueryAsync(token, "{ interactions(orderBy: { field: ENDED_AT }) { nodes { id } } }")));
    }

    [Fact]
    public async Task Open_interactions_are_listed_in_order_R_CALL_03()
    {
        var (data, token) = await SeedAsync("int-order-open");
        var first = await data.StartVerifiedInteractionAsync(data.Customers[0].Id);
        var second = await data.StartVerifiedInteractionAsync(data.Customers[1].Id);

        var open = await Paging.BothWaysAsync(
            q => Data(data, token, q), args => $"{{ interactions({args}, filter: {{ open: true }}, orderBy: {{ field: STARTED_AT, direction: ASC }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("interactions"), size: 1, key: n => n.GetProperty("id").GetString()!);

        Assert.Equal([IdOf(first), IdOf(second)], open);
    }

    // Two interactions share their start instant, so only the id can order them.
    private async Task<(InsurerData Data, string Token)> SeedAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 4, interactionsPerPolicy: 3);
        var (a, b) = (data.Interactions[2], data.Interactions[7]);
        await data.ChangeAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE interactions SET started_at = {a.StartedAt} WHERE id = {b.Id}"));
        b.StartedAt = a.StartedAt;
        return (data, await data.TokenAsync("compliance", "COMPLIANCE_OFFICER"));
    }

    private static async Task<JsonElement> Data(InsurerData data, string token, string query) => Tokens.Data(await data.QueryAsync(token, query));

    private static string IdOf(Interaction interaction) => IdOf(interaction.Id);

    private static string IdOf(Guid id) => InsurerData.Id("Interaction", id);
}
