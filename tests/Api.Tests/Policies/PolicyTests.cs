using System.Text.Json;
using Platform.Api.Relay;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Policies;

namespace Platform.Api.Tests.Policies;

/// <summary>Policies over HTTP: renewal due (R-POL-01), filters, holder / insured both ways, latest interactions, mutations.</summary>
[Collection(ApiCollection.Name)]
public sealed class PolicyTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Policies_due_for_renewal_are_the_active_ones_ending_within_30_days_R_POL_01()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pol-renew", customers: 6, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("supervisor", "SUPERVISOR");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Domain.Tenancy.TenantTimeZone.Default).DateTime);
        var expected = data.Policies.Where(p => RenewalReminder.IsDue(p.EndDate, today)).Select(p => p.PolicyNumber).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.NotEqual(data.Policies.Count, expected.Count);

        var due = Tokens.Data(await data.QueryAsync(token, "{ policiesDueForRenewal(first: 50) { nodes { policyNumber renewalDue renewalReminderDueOn endDate } } }"))
            .GetProperty("policiesDueForRenewal").GetProperty("nodes").EnumerateArray().ToList();
        var filtered = Tokens.Data(await data.QueryAsync(token, "{ policies(filter: { renewalDue: true }) { nodes { policyNumber } } }"))
            .GetProperty("policies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("policyNumber").GetString()!).ToList();

        Assert.Equal(expected, due.Select(n => n.GetProperty("policyNumber").GetString()!).Order());
        Assert.Equal(expected, filtered);
        Assert.All(due, n => Assert.True(n.GetProperty("renewalDue").GetBoolean()));
        Assert.All(due, n => Assert.Equal(
            DateOnly.Parse(n.GetProperty("endDate").GetString()!).AddDays(-30), DateOnly.Parse(n.GetProperty("renewalReminderDueOn").GetString()!)));
    }

    [Fact]
    public async Task A_customer_looks_up_by_id_only_the_policies_they_hold_or_are_insured_by_and_only_their_own_record_R_PII_03()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pol-own", customers: 6, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("customer", "CUSTOMER");
        var me = data.SelfServiceCustomer.Id;
        var held = data.Policies.Single(p => p.PolicyholderId == me);
        var insuring = data.Policies.Single(p => p.InsuredId == me);
        var others = data.Policies.First(p => p.PolicyholderId != me && p.InsuredId != me);
        var someoneElse = data.Customers.First(c => c.Id != me && c.Id != held.InsuredId && c.Id != insuring.PolicyholderId);

        // One batch per level: the three policies in one lookup, then their holders in one.
        var body = Tokens.Data(await data.QueryAsync(token, $$"""
            {
              held: node(id: "{{GlobalId.Encode("Policy", held.Id)}}") { ... on Policy { policyNumber holder { id } } }
              insuring: node(id: "{{GlobalId.Encode("Policy", insuring.Id)}}") { ... on Policy { policyNumber insured { id } } }
              others: node(id: "{{GlobalId.Encode("Policy", others.Id)}}") { ... on Policy { policyNumber } }
              self: node(id: "{{GlobalId.Encode("Customer", me)}}") { ... on Customer { name } }
              stranger: node(id: "{{GlobalId.Encode("Customer", someoneElse.Id)}}") { ... on Customer { name } }
            }
            """));

        Assert.Equal(held.PolicyNumber, body.GetProperty("held").GetProperty("policyNumber").GetString());
        Assert.Equal(GlobalId.Encode("Customer", me), body.GetProperty("held").GetProperty("holder").GetProperty("id").GetString());
        Assert.Equal(insuring.PolicyNumber, body.GetProperty("insuring").GetProperty("policyNumber").GetString());
        Assert.Equal(GlobalId.Encode("Customer", me), body.GetProperty("insuring").GetProperty("insured").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("others").ValueKind);
        Assert.Equal(data.SelfServiceCustomer.Name, body.GetProperty("self").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("stranger").ValueKind);
    }

    [Fact]
    public async Task Filters_by_status_product_line_and_end_date_range_and_orders_by_end_date()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pol-filter", customers: 6, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var from = data.Policies.Min(p => p.EndDate).AddDays(1);

        async Task<List<string>> Numbers(string args) =>
            [.. Tokens.Data(await data.QueryAsync(token, $"{{ policies({args}) {{ nodes {{ policyNumber }} }} }}"))
                .GetProperty("policies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("policyNumber").GetString()!)];

        Assert.Equal([data.Policies[1].PolicyNumber], await Numbers("filter: { productLines: [HEALTH] }"));
        Assert.Empty(await Numbers("filter: { statuses: [LAPSED, EXPIRED] }"));
        Assert.Equal(data.Policies.Where(p => p.EndDate >= from).Select(p => p.PolicyNumber).Order(),
            (await Numbers($"filter: {{ endDateFrom: \"{from:yyyy-MM-dd}\" }}")).Order());
        Assert.Equal(data.Policies.OrderBy(p => p.EndDate).ThenBy(p => p.Id).Select(p => p.PolicyNumber),
            await Numbers("orderBy: { field: END_DATE }"));
    }

    [Fact]
    public async Task Holder_insured_and_latest_interactions_resolve_both_ways()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pol-graph", customers: 4, interactionsPerPolicy: 5);
        var token = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var policy = data.Policies[2];

        var node = Tokens.Data(await data.QueryAsync(token, $$"""
            { node(id: "{{InsurerData.Id("Policy", policy.Id)}}") { ... on Policy {
                holder { name policiesHeld { nodes { policyNumber } } policiesInsured { nodes { policyNumber } } }
                insured { name }
                interactions(last: 3) { startedAt policy { policyNumber } } } } }
            """)).GetProperty("node");

        Assert.Equal(data.Customers[2].Name, node.GetProperty("holder").GetProperty("name").GetString());
        Assert.Equal(data.Customers[3].Name, node.GetProperty("insured").GetProperty("name").GetString());
        Assert.Equal([policy.PolicyNumber], node.GetProperty("holder").GetProperty("policiesHeld").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("policyNumber").GetString()));
        Assert.Equal([data.Policies[1].PolicyNumber], node.GetProperty("holder").GetProperty("policiesInsured").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("policyNumber").GetString()));
        var expected = data.Interactions.Where(i => i.PolicyId == policy.Id).OrderByDescending(i => i.StartedAt).Take(3).Select(i => i.StartedAt).ToList();
        var seen = node.GetProperty("interactions").EnumerateArray().Select(i => DateTimeOffset.Parse(i.GetProperty("startedAt").GetString()!)).ToList();
        Assert.Equal(expected.Select(e => e.ToUnixTimeMilliseconds()), seen.Select(s => s.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task Creating_and_updating_policies_returns_typed_payload_errors_for_rule_violations()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pol-write", customers: 2, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("supervisor", "SUPERVISOR");
        var holder = InsurerData.Id("Customer", data.Customers[0].Id);
        string Create(string number, string end) => $$"""
            mutation { createPolicy(input: { policyNumber: "{{number}}", productLine: LIFE, productName: "Term life", sumInsured: "500000.00",
              premium: 1200, startDate: "2026-01-01", endDate: "{{end}}", holderId: "{{holder}}", insuredId: "{{holder}}" }) {
              policy { id policyNumber sumInsured status holder { name } }
              errors { __typename ... on UserError { code message } ... on PolicyInvalidError { field } } } }
            """;

        var created = Tokens.Data(await data.QueryAsync(token, Create("NEW-1", "2027-01-01"))).GetProperty("createPolicy");
        var duplicate = Tokens.Data(await data.QueryAsync(token, Create("NEW-1", "2027-01-01"))).GetProperty("createPolicy");
        var invalid = Tokens.Data(await data.QueryAsync(token, Create("NEW-2", "2025-01-01"))).GetProperty("createPolicy");

        Assert.Equal(0, created.GetProperty("errors").GetArrayLength());
        Assert.Equal("500000.00", created.GetProperty("policy").GetProperty("sumInsured").GetString());
        Assert.Equal("PENDING_UNDERWRITING", created.GetProperty("policy").GetProperty("status").GetString());
        Assert.Equal(data.Customers[0].Name, created.GetProperty("policy").GetProperty("holder").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, duplicate.GetProperty("policy").ValueKind);
        Assert.Equal("POLICY_NUMBER_TAKEN", duplicate.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(("PolicyInvalidError", "endDate"), (invalid.GetProperty("errors")[0].GetProperty("__typename").GetString(), invalid.GetProperty("errors")[0].GetProperty("field").GetString()));

        var id = created.GetProperty("policy").GetProperty("id").GetString();
        var updated = Tokens.Data(await data.QueryAsync(token, $$"""mutation { updatePolicy(input: { id: "{{id}}", status: ACTIVE }) { policy { status } errors { __typename } } }"""))
            .GetProperty("updatePolicy");
        var missing = Tokens.Data(await data.QueryAsync(token, $$"""mutation { updatePolicy(input: { id: "{{InsurerData.Id("Policy", Guid.NewGuid())}}", status: ACTIVE }) { policy { status } errors { __typename } } }"""))
            .GetProperty("updatePolicy");
        Assert.Equal("ACTIVE", updated.GetProperty("policy").GetProperty("status").GetString());
        Assert.Equal("PolicyNotFoundError", missing.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Creating_and_updating_customers_returns_typed_errors_and_the_change_is_committed()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "cust-write", customers: 2, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("agent1", "AGENT");

        var bad = Tokens.Data(await data.QueryAsync(token, """mutation { createCustomer(input: { name: "Li Lei", idDocumentType: RESIDENT_ID_CARD, phone: "call me" }) { customer { id } errors { ... on CustomerInvalidError { code field } } } }"""))
            .GetProperty("createCustomer");
        var good = Tokens.Data(await data.QueryAsync(token, """mutation { createCustomer(input: { name: "Li Lei", idDocumentType: RESIDENT_ID_CARD, phone: "13912345678" }) { customer { id name riskLevel } errors { __typename } } }"""))
            .GetProperty("createCustomer");
        var id = good.GetProperty("customer").GetProperty("id").GetString();
        var changed = Tokens.Data(await data.QueryAsync(token, $$"""mutation { updateCustomer(input: { id: "{{id}}", riskLevel: HIGH }) { customer { riskLevel } errors { __typename } } }"""))
            .GetProperty("updateCustomer");
        var reread = Tokens.Data(await data.QueryAsync(await data.TokenAsync("inspector", "QUALITY_INSPECTOR"), $$"""{ node(id: "{{id}}") { ... on Customer { name riskLevel } } }"""));

        Assert.Equal(("CUSTOMER_INVALID", "phone"), (bad.GetProperty("errors")[0].GetProperty("code").GetString(), bad.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("customer").ValueKind);
        Assert.Equal("LOW", good.GetProperty("customer").GetProperty("riskLevel").GetString());
        Assert.Equal("HIGH", changed.GetProperty("customer").GetProperty("riskLevel").GetString());
        Assert.Equal("HIGH", reread.GetProperty("node").GetProperty("riskLevel").GetString());
    }
}
