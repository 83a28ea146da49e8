using System.Text.Json;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Customers;

/// <summary>The customer list over HTTP: keyset pages, filters, order, and the customer's own-record scope.</summary>
[Collection(ApiCollection.Name)]
public sealed class CustomerListTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Pages_follow_cursors_forward_and_backward_without_overlap_and_count_the_total()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "cust-pages", customers: 7);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = Tokens.Data(await data.QueryAsync(token, $"{{ customers(first: 3{cursor}) {{ totalCount edges {{ cursor node {{ name }} }} pageInfo {{ hasNextPage endCursor }} }} }}"))
                .GetProperty("customers");
            Assert.Equal(7, page.GetProperty("totalCount").GetInt32());
            names.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(data.Customers.Select(c => c.Name).Order(StringComparer.Ordinal), names);

        var last = Tokens.Data(await data.QueryAsync(token, "{ customers(last: 2) { nodes { name } pageInfo { hasPreviousPage hasNextPage } } }")).GetProperty("customers");
        Assert.Equal(names[^2..], last.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Filters_by_name_prefix_phone_suffix_id_number_suffix_and_risk_level_and_orders_by_creation()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "cust-filter", customers: 6);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");

        async Task<List<string>> Names(string args) =>
            [.. Tokens.Data(await data.QueryAsync(token, $"{{ customers({args}) {{ nodes {{ name }} }} }}"))
                .GetProperty("customers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];

        Assert.Equal([data.Customers[3].Name], await Names("filter: { phoneSuffix: \"0003\" }"));
        Assert.Equal([data.Customers[4].Name], await Names("filter: { idNumberSuffix: \"0004\" }"));
        Assert.Equal(data.Customers.Where(c => c.RiskLevel == Domain.Customers.RiskLevel.High).Select(c => c.Name), await Names("filter: { riskLevels: [HIGH] }"));
        Assert.Equal(6, (await Names($"filter: {{ namePrefix: \"{data.Code} Customer\" }}")).Count);
        Assert.Empty(await Names("filter: { namePrefix: \"nobody\" }"));
        Assert.Equal(data.Customers.OrderByDescending(c => c.CreatedAt).Select(c => c.Name), await Names("orderBy: { field: CREATED_AT, direction: DESC }"));
    }

    [Fact]
    public async Task A_customer_lists_only_their_own_record_in_full_R_PII_03()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "cust-self");
        var token = await data.TokenAsync("customer", "CUSTOMER");

        var nodes = Tokens.Data(await data.QueryAsync(token, "{ customers { totalCount nodes { name phone idNumber } } }")).GetProperty("customers");

        Assert.Equal(1, nodes.GetProperty("totalCount").GetInt32());
        var me = Assert.Single(nodes.GetProperty("nodes").EnumerateArray());
        Assert.Equal(data.SelfServiceCustomer.Phone, me.GetProperty("phone").GetString());
        Assert.Equal(data.SelfServiceCustomer.IdNumber, me.GetProperty("idNumber").GetString());
    }

    [Theory]
    [InlineData("first: 101")]
    [InlineData("first: -1")]
    [InlineData("first: 2, last: 2")]
    [InlineData("after: \"bm90LWEtY3Vyc29y\"")]
    public async Task Invalid_pagination_is_a_clear_error_not_a_crash(string args)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "cust-bad", customers: 2, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");

        var body = await data.QueryAsync(token, $"{{ customers({args}) {{ nodes {{ name }} }} }}");

        var code = Assert.Single(Tokens.ErrorCodes(body));
        Assert.Contains(code, new[] { "BAD_USER_INPUT", "INVALID_CURSOR" });
        Assert.DoesNotContain("Exception", body.ToString());
    }
}
