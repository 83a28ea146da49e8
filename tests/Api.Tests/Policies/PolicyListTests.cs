using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;
using Platform.Domain.Policies;

namespace Platform.Api.Tests.Policies;

/// <summary>
/// The renewal list's filters and orders (R-POL-01), and a customer's held and insured policies as connections whose
/// pages are cursor-paged per customer.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PolicyListTests(ApiEnvironment environment)
{
    [Fact]
    public async Task The_renewal_list_filters_by_product_line_holder_insured_and_end_date_and_stays_within_due_policies_R_POL_01()
    {
        var (data, due, today) = await SeedRenewalsAsync("ren-filter");
        var token = await data.TokenAsync("supervisor", "SUPERVISOR");
        async Task<List<string>> Numbers(string filter)
        {
            var nodes = (await Data(data, token, $"{{ policiesDueForRenewal(first: 100, filter: {filter}) {{ nodes {{ policyNumber renewalDue }} }} }}"))
                .GetProperty("policiesDueForRenewal").GetProperty("nodes").EnumerateArray().ToList();
            Assert.All(nodes, n => Assert.True(n.GetProperty("renewalDue").GetBoolean()));
            return [.. nodes.Select(n => n.GetProperty("policyNumber").GetString()!)];
        }

        List<string> Expected(Func<Policy, bool> which) =>
            [.. due.Where(which).OrderBy(p => p.EndDate).ThenBy(p => p.Id).Select(p => p.PolicyNumber)];
        var holder = data.Customers[1].Id;
        var insured = data.Customers[2].Id;

        Assert.Equal(Expected(_ => true), await Numbers("{}"));
        Assert.Equal(Expected(p => p.ProductLine is ProductLine.Health or ProductLine.Auto), await Numbers("{ productLines: [HEALTH, AUTO] }"));
        Assert.Equal(Expected(p => p.PolicyholderId == holder), await Numbers($"{{ holderId: \"{InsurerData.Id("Customer", holder)}\" }}"));
        Assert.Equal(Expected(p => p.InsuredId == insured), await Numbers($"{{ insuredId: \"{InsurerData.Id("Customer", insured)}\" }}"));
        Assert.Equal(Expected(p => p.EndDate >= today.AddDays(12)), await Numbers($"{{ endDateFrom: \"{today.AddDays(12):yyyy-MM-dd}\" }}"));
        Assert.Equal(Expected(p => p.EndDate <= today.AddDays(12)), await Numbers($"{{ endDateTo: \"{today.AddDays(12):yyyy-MM-dd}\" }}"));
        // A filter cannot reach beyond the due policies: an end date range over the whole year still lists only them.
        Assert.Equal(Expected(_ => true), await Numbers($"{{ endDateFrom: \"{today.AddYears(-1):yyyy-MM-dd}\", endDateTo: \"{today.AddYears(1):yyyy-MM-dd}\" }}"));
        foreach (var narrow in new[] { "{ productLines: [HEALTH, AUTO] }", $"{{ endDateFrom: \"{today.AddDays(12):yyyy-MM-dd}\" }}" })
        {
            Assert.InRange((await Numbers(narrow)).Count, 1, due.Count - 1);
        }

        Assert.Equal(["INVALID_ID"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ policiesDueForRenewal(filter: {{ holderId: \"{InsurerData.Id("Policy", holder)}\" }}) {{ totalCount }} }}")));
    }

    [Fact]
    public async Task The_renewal_list_orders_by_end_date_or_number_both_ways_with_stable_pages_and_its_own_cursors()
    {
        var (data, due, _) = await SeedRenewalsAsync("ren-order");
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        async Task<List<string>> Walk(string orderBy) => await Paging.BothWaysAsync(
            q => Data(data, token, q), args => $"{{ policiesDueForRenewal({args}{orderBy}) {{ nodes {{ policyNumber }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("policiesDueForRenewal"), size: 3, key: n => n.GetProperty("policyNumber").GetString()!);
        var byEnd = due.OrderBy(p => p.EndDate).ThenBy(p => p.Id).Select(p => p.PolicyNumber).ToList();
        var byNumber = due.OrderBy(p => p.PolicyNumber, StringComparer.Ordinal).Select(p => p.PolicyNumber).ToList();

        Assert.Equal(byEnd, await Walk(""));
        Assert.Equal(Enumerable.Reverse(byEnd), await Walk(", orderBy: { field: END_DATE, direction: DESC }"));
        Assert.Equal(byNumber, await Walk(", orderBy: { field: POLICY_NUMBER }"));
        Assert.Equal(Enumerable.Reverse(byNumber), await Walk(", orderBy: { field: POLICY_NUMBER, direction: DESC }"));

        // The policy list and the renewal list have their own cursors, even in the same order.
        var renewal = await Paging.FirstCursorAsync(q => Data(data, token, q),
            args => $"{{ policiesDueForRenewal({args}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("policiesDueForRenewal"));
        var policies = await Paging.FirstCursorAsync(q => Data(data, token, q),
            args => $"{{ policies({args}, orderBy: {{ field: END_DATE }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("policies"));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ policiesDueForRenewal(after: \"{policies}\") {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ policies(after: \"{renewal}\", orderBy: {{ field: END_DATE }}) {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ policiesDueForRenewal(after: \"{renewal}\", orderBy: {{ field: POLICY_NUMBER }}) {{ totalCount }} }}")));
    }

    [Fact]
    public async Task A_customers_held_and_insured_policies_are_pages_newest_cover_first_read_the_same_both_ways()
    {
        var (data, all) = await SeedHoldingsAsync("cust-pol-pages");
        var held = all.Where(p => p.PolicyholderId == data.Customers[0].Id).ToList();
        var insured = all.Where(p => p.InsuredId == data.Customers[0].Id).ToList();
        var token = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var customer = InsurerData.Id("Customer", data.Customers[0].Id);
        async Task<List<string>> Walk(string field) => await Paging.BothWaysAsync(
            q => Data(data, token, q), args => $"{{ node(id: \"{customer}\") {{ ... on Customer {{ {field}({args}) {{ totalCount nodes {{ policyNumber }} {Paging.PageInfo} }} }} }} }}",
            d => d.GetProperty("node").GetProperty(field), size: 2, key: n => n.GetProperty("policyNumber").GetString()!);
        static List<string> Newest(IEnumerable<Policy> policies) =>
            [.. policies.OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id).Select(p => p.PolicyNumber)];

        Assert.Equal(Newest(held), await Walk("policiesHeld"));
        Assert.Equal(Newest(insured), await Walk("policiesInsured"));
        var counts = await Data(data, token, $"{{ node(id: \"{customer}\") {{ ... on Customer {{ policiesHeld(first: 1) {{ totalCount }} policiesInsured(first: 1) {{ totalCount }} }} }} }}");
        Assert.Equal(held.Count, counts.GetProperty("node").GetProperty("policiesHeld").GetProperty("totalCount").GetInt32());
        Assert.Equal(insured.Count, counts.GetProperty("node").GetProperty("policiesInsured").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Every_customer_in_a_page_gets_their_own_policies_and_a_cursor_of_one_customer_is_refused_for_another()
    {
        var (data, all) = await SeedHoldingsAsync("cust-pol-batch");
        var token = await data.TokenAsync("agent1", "AGENT");
        var list = await Data(data, token, "{ customers(first: 50) { nodes { id policiesHeld(first: 3) { totalCount nodes { id holder { id } } pageInfo { hasNextPage } } policiesInsured(last: 1) { nodes { insured { id } } pageInfo { hasPreviousPage } } } } }");

        foreach (var node in list.GetProperty("customers").GetProperty("nodes").EnumerateArray())
        {
            var id = node.GetProperty("id").GetString();
            var local = data.Customers.Single(c => InsurerData.Id("Customer", c.Id) == id).Id;
            var mine = all.Where(p => p.PolicyholderId == local).ToList();
            var page = node.GetProperty("policiesHeld");
            Assert.Equal(mine.Count, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(Math.Min(3, mine.Count), page.GetProperty("nodes").GetArrayLength());
            Assert.All(page.GetProperty("nodes").EnumerateArray(), p => Assert.Equal(id, p.GetProperty("holder").GetProperty("id").GetString()));
            Assert.Equal(mine.Count > 3, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            var insuring = all.Count(p => p.InsuredId == local);
            Assert.All(node.GetProperty("policiesInsured").GetProperty("nodes").EnumerateArray(), p => Assert.Equal(id, p.GetProperty("insured").GetProperty("id").GetString()));
            Assert.Equal(insuring > 1, node.GetProperty("policiesInsured").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }

        var first = InsurerData.Id("Customer", data.Customers[0].Id);
        var second = InsurerData.Id("Customer", data.Customers[1].Id);
        var cursor = (await Data(data, token, $"{{ node(id: \"{first}\") {{ ... on Customer {{ policiesHeld(first: 1) {{ pageInfo {{ endCursor }} }} }} }} }}"))
            .GetProperty("node").GetProperty("policiesHeld").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        Assert.Empty(Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ node(id: \"{first}\") {{ ... on Customer {{ policiesHeld(after: \"{cursor}\") {{ totalCount }} }} }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ node(id: \"{second}\") {{ ... on Customer {{ policiesHeld(after: \"{cursor}\") {{ totalCount }} }} }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ node(id: \"{first}\") {{ ... on Customer {{ policiesInsured(before: \"{cursor}\") {{ totalCount }} }} }} }}")));
        Assert.Equal(["BAD_USER_INPUT"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ node(id: \"{first}\") {{ ... on Customer {{ policiesHeld(first: 101) {{ totalCount }} }} }} }}")));
    }

    [Fact]
    public async Task A_customer_pages_only_the_policies_they_may_see_R_PII_03()
    {
        var (data, all) = await SeedHoldingsAsync("cust-pol-self");
        var token = await data.TokenAsync("customer", "CUSTOMER");

        var me = (await Data(data, token, "{ customers { nodes { policiesHeld(first: 100) { totalCount nodes { policyNumber } } } } }"))
            .GetProperty("customers").GetProperty("nodes").EnumerateArray().Single().GetProperty("policiesHeld");

        var expected = all.Where(p => p.PolicyholderId == data.Customers[0].Id).OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id).Select(p => p.PolicyNumber).ToList();
        Assert.Equal(expected, me.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("policyNumber").GetString()));
        Assert.Equal(expected.Count, me.GetProperty("totalCount").GetInt32());
    }

    // Eight due policies (end dates 2 to 27 days ahead, two on the same day) among others that are not due: a lapsed
    // one ending soon and active ones ending later or already ended.
    private async Task<(InsurerData Data, List<Policy> Due, DateOnly Today)> SeedRenewalsAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 4, interactionsPerPolicy: 0);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Domain.Tenancy.TenantTimeZone.Default).DateTime);
        Policy New(int i, int endsIn, PolicyStatus status = PolicyStatus.Active) => new()
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            PolicyNumber = $"R-{code}-{(i * 7) % 10:D2}-{i:D2}",
            ProductLine = (ProductLine)(i % 6),
            ProductName = "Renewable " + i,
            SumInsured = 1000m,
            Premium = 10m,
            Currency = "CNY",
            StartDate = today.AddYears(-1),
            EndDate = today.AddDays(endsIn),
            Status = status,
            PolicyholderId = data.Customers[i % 4].Id,
            InsuredId = data.Customers[(i + 2) % 4].Id,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var added = new[] { 2, 27, 12, 5, 12, 20, 9, 15 }.Select((days, i) => New(i, days)).ToList();
        var others = new[] { New(20, 6, PolicyStatus.Lapsed), New(21, 45), New(22, -3) };
        await data.ChangeAsync(db =>
        {
            db.Policies.AddRange(added);
            db.Policies.AddRange(others);
            return Task.CompletedTask;
        });
        var due = data.Policies.Concat(added).Where(p => p.Status == PolicyStatus.Active && RenewalReminder.IsDue(p.EndDate, today)).ToList();
        return (data, due, today);
    }

    // Customer 0 holds five more policies (two starting on the same day) and is insured by three more; returns all policies.
    private async Task<(InsurerData Data, List<Policy> All)> SeedHoldingsAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 4, interactionsPerPolicy: 0);
        var first = data.Customers[0].Id;
        Policy New(int i, Guid holder, Guid insured, int startedYearsAgo) => new()
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            PolicyNumber = $"H-{code}-{i:D2}",
            ProductLine = ProductLine.Life,
            ProductName = "Held " + i,
            SumInsured = 1000m,
            Premium = 10m,
            Currency = "CNY",
            StartDate = new DateOnly(2020, 3, 1).AddYears(-startedYearsAgo),
            EndDate = new DateOnly(2040, 1, 1),
            Status = PolicyStatus.Active,
            PolicyholderId = holder,
            InsuredId = insured,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var held = new List<Policy>
        {
            New(0, first, data.Customers[3].Id, 2), New(1, first, data.Customers[3].Id, 4), New(2, first, first, 2),
            New(3, first, data.Customers[2].Id, 1), New(4, first, data.Customers[2].Id, 5),
        };
        var insured = new List<Policy> { New(5, data.Customers[1].Id, first, 3), New(6, data.Customers[2].Id, first, 0), New(7, data.Customers[3].Id, first, 6) };
        await data.ChangeAsync(db =>
        {
            db.Policies.AddRange(held);
            db.Policies.AddRange(insured);
            return Task.CompletedTask;
        });
        return (data, [.. data.Policies, .. held, .. insured]);
    }

    private static async Task<JsonElement> Data(InsurerData data, string token, string query) => Tokens.Data(await data.QueryAsync(token, query));
}
