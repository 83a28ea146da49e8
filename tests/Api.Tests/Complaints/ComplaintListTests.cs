using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Relay;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;

namespace Platform.Api.Tests.Complaints;

/// <summary>The complaint list's filters (category, severity, channel, urgency, handler, customer, receipt time) and orders.</summary>
[Collection(ApiCollection.Name)]
public sealed class ComplaintListTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Filters_by_category_severity_channel_urgency_handler_customer_and_receipt_time()
    {
        var (data, complaints) = await SeedAsync("cmp-filter");
        var token = await data.TokenAsync("handler", "COMPLAINT_HANDLER");
        async Task<List<string>> Ids(string filter) =>
            [.. (await Data(data, token, $"{{ complaints(first: 100, filter: {filter}) {{ nodes {{ id }} }} }}"))
                .GetProperty("complaints").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
        List<string> Expected(Func<Complaint, bool> which) =>
            [.. complaints.Where(which).OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Select(IdOf)];
        var middle = complaints.OrderBy(c => c.ReceivedAt).ElementAt(4).ReceivedAt;
        var customer = data.Customers[2].Id;

        Assert.Equal(Expected(c => c.Category is ComplaintCategory.Claims or ComplaintCategory.Sales), await Ids("{ categories: [CLAIMS, SALES] }"));
        Assert.Equal(Expected(c => c.Severity == ComplaintSeverity.Major), await Ids("{ severities: [MAJOR] }"));
        Assert.Equal(Expected(c => c.Channel == ComplaintChannel.Letter), await Ids("{ channels: [LETTER] }"));
        Assert.Equal(Expected(c => c.Urgent), await Ids("{ urgent: true }"));
        Assert.Equal(Expected(c => !c.Urgent), await Ids("{ urgent: false }"));
        Assert.Equal(Expected(c => c.HandlerId == data.HandlerId), await Ids($"{{ handlerId: \"{data.HandlerId}\" }}"));
        Assert.Equal(Expected(c => c.HandlerId is null), await Ids("{ unassigned: true }"));
        Assert.Equal(Expected(c => c.ComplainantId == customer), await Ids($"{{ customerId: \"{InsurerData.Id("Customer", customer)}\" }}"));
        Assert.Equal(Expected(c => c.ReceivedAt >= middle), await Ids($"{{ receivedFrom: \"{middle:O}\" }}"));
        Assert.Equal(Expected(c => c.ReceivedAt < middle), await Ids($"{{ receivedBefore: \"{middle:O}\" }}"));
        Assert.Equal(
            Expected(c => c.Severity == ComplaintSeverity.Major && c.Channel == ComplaintChannel.Phone),
            await Ids("{ severities: [MAJOR], channels: [PHONE] }"));
        // The fixture makes these filters selective: each keeps some complaints and leaves out others.
        foreach (var filter in new[] { "{ severities: [MAJOR] }", "{ urgent: true }", "{ unassigned: true }", "{ channels: [LETTER] }" })
        {
            Assert.InRange((await Ids(filter)).Count, 1, complaints.Count - 1);
        }
    }

    [Fact]
    public async Task Orders_by_receipt_and_resolution_due_time_both_ways_with_stable_pages()
    {
        var (data, complaints) = await SeedAsync("cmp-order");
        var token = await data.TokenAsync("supervisor", "SUPERVISOR");
        async Task<List<string>> Walk(string orderBy) => await Paging.BothWaysAsync(
            q => Data(data, token, q), args => $"{{ complaints({args}{orderBy}) {{ nodes {{ id }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("complaints"), size: 3, key: n => n.GetProperty("id").GetString()!);

        var byReceipt = complaints.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id).Select(IdOf).ToList();
        var byDue = complaints.OrderBy(c => c.ResolveDueAt).ThenBy(c => c.Id).Select(IdOf).ToList();
        Assert.NotEqual(byReceipt, byDue);

        Assert.Equal(Enumerable.Reverse(byReceipt), await Walk(""));
        Assert.Equal(byReceipt, await Walk(", orderBy: { field: RECEIVED_AT, direction: ASC }"));
        Assert.Equal(Enumerable.Reverse(byReceipt), await Walk(", orderBy: { field: RECEIVED_AT }"));
        Assert.Equal(byDue, await Walk(", orderBy: { field: RESOLVE_DUE_AT, direction: ASC }"));
        Assert.Equal(Enumerable.Reverse(byDue), await Walk(", orderBy: { field: RESOLVE_DUE_AT, direction: DESC }"));
    }

    [Fact]
    public async Task Foreign_cursors_bad_ids_and_other_customers_are_refused_or_empty()
    {
        var (data, _) = await SeedAsync("cmp-bad");
        var token = await data.TokenAsync("handler", "COMPLAINT_HANDLER");
        var due = await Paging.FirstCursorAsync(q => Data(data, token, q),
            args => $"{{ complaints({args}, orderBy: {{ field: RESOLVE_DUE_AT, direction: ASC }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("complaints"));

        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ complaints(after: \"{due}\") {{ nodes {{ id }} }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ complaints(after: \"{due}\", orderBy: {{ field: RESOLVE_DUE_AT, direction: DESC }}) {{ nodes {{ id }} }} }}")));
        Assert.Empty(Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ complaints(after: \"{due}\", orderBy: {{ field: RESOLVE_DUE_AT, direction: ASC }}) {{ nodes {{ id }} }} }}")));
        Assert.Equal(["INVALID_ID"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ complaints(filter: {{ customerId: \"{InsurerData.Id("Policy", data.Customers[0].Id)}\" }}) {{ nodes {{ id }} }} }}")));

        // A customer's filter cannot widen their scope: another customer's complaints stay invisible.
        var customer = await data.TokenAsync("customer", "CUSTOMER");
        var other = await Data(data, customer, $"{{ complaints(filter: {{ customerId: \"{InsurerData.Id("Customer", data.Customers[2].Id)}\" }}) {{ totalCount }} }}");
        var own = await Data(data, customer, $"{{ complaints(filter: {{ customerId: \"{InsurerData.Id("Customer", data.Customers[0].Id)}\" }}) {{ totalCount }} }}");
        Assert.Equal(0, other.GetProperty("complaints").GetProperty("totalCount").GetInt32());
        Assert.True(own.GetProperty("complaints").GetProperty("totalCount").GetInt32() > 0);
    }

    // Twelve complaints over four customers, every category, severity and channel mixed, two received at the same instant.
    private async Task<(InsurerData Data, List<Complaint> Complaints)> SeedAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 4, interactionsPerPolicy: 0);
        var start = DateTimeOffset.UtcNow.AddDays(-20);
        var rows = Enumerable.Range(0, 12).Select(i =>
        {
            var received = i == 7 ? start.AddHours(5 * 3) : start.AddHours(5 * i);
            return new Complaint
            {
                TenantId = data.Tenant,
                Id = Guid.CreateVersion7(),
                Reference = $"L-{code}-{i:D2}",
                Channel = (ComplaintChannel)(i % 6),
                ComplainantId = data.Customers[i % 4].Id,
                Category = (ComplaintCategory)(i % 8),
                Severity = i % 3 == 0 ? ComplaintSeverity.Major : ComplaintSeverity.General,
                Urgent = i % 4 == 1,
                Description = "list fixture",
                HandlerId = i % 3 == 2 ? null : data.HandlerId,
                Status = ComplaintStatus.Investigating,
                ReceivedAt = received,
                AcceptedAt = received.AddHours(1),
                AcceptDueAt = received.AddHours(24),
                InvestigationDueAt = received.AddHours(48),
                // Due times run against receipt order: the later received, the sooner due (a paused clock moved them).
                ResolveDueAt = start.AddDays(30).AddHours(-3 * i),
            };
        }).ToList();
        await data.ChangeAsync(db =>
        {
            db.Complaints.AddRange(rows);
            return Task.CompletedTask;
        });

        // The seed's own complaint belongs to the list too.
        var all = await Data(data, await data.TokenAsync("compliance", "COMPLIANCE_OFFICER"), "{ complaints(first: 100) { nodes { id } } }");
        var seeded = all.GetProperty("complaints").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Except(rows.Select(IdOf)).Single();
        var extra = await ReadAsync(data, seeded!);
        return (data, [.. rows, extra]);
    }

    private static async Task<Complaint> ReadAsync(InsurerData data, string id)
    {
        Complaint? found = null;
        var local = GlobalId.Parse(id, "Complaint");
        await data.ChangeAsync(async db => found = await db.Complaints.SingleAsync(c => c.Id == local));
        return found!;
    }

    private static async Task<JsonElement> Data(InsurerData data, string token, string query) => Tokens.Data(await data.QueryAsync(token, query));

    private static string IdOf(Complaint complaint) => InsurerData.Id("Complaint", complaint.Id);
}
