using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Domain.Complaints;
using static Platform.Api.Tests.Interactions.ManualClock;

namespace Platform.Api.Tests.Complaints;

/// <summary>complaintAnalytics over HTTP (R-CMP-06): figures counted in the database, in the tenant's time zone and tenant.</summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintAnalyticsTests(ComplaintsApi api)
{
    private const string Figures = "complaints rate resolved resolvedWithinDeadline resolvedWithinDeadlineRate averageHoursToResolve";
    private const string MarchToApril = """period: { from: "2025-03-01", to: "2025-04-30" }""";

    [Fact]
    public async Task Totals_count_the_period_share_resolved_within_deadline_and_average_time_to_resolve_R_CMP_06()
    {
        var (_, token) = await SeedAsync();
        var report = await ReportAsync(token, $$"""{ complaintAnalytics({{MarchToApril}}) { from to total { {{Figures}} } groups { complaints } } }""");

        Assert.Equal("2025-03-01", report.GetProperty("from").GetString());
        Assert.Equal("2025-04-30", report.GetProperty("to").GetString());
        // Five complaints received in March and April (Shanghai time); four resolved, three of them by their due time,
        // after 48 h, 360 h, 12 h and 24 h.
        var total = report.GetProperty("total");
        Assert.Equal(5, total.GetProperty("complaints").GetInt32());
        Assert.Equal(1.0, total.GetProperty("rate").GetDouble(), 6);
        Assert.Equal(4, total.GetProperty("resolved").GetInt32());
        Assert.Equal(3, total.GetProperty("resolvedWithinDeadline").GetInt32());
        Assert.Equal(0.75, total.GetProperty("resolvedWithinDeadlineRate").GetDouble(), 6);
        Assert.Equal(111.0, total.GetProperty("averageHoursToResolve").GetDouble(), 6);
        Assert.Empty(report.GetProperty("groups").EnumerateArray());
    }

    [Fact]
    public async Task Counts_and_rates_by_category_severity_and_channel_list_every_group_R_CMP_06()
    {
        var (_, token) = await SeedAsync();
        async Task<List<(string Key, JsonElement Group)>> GroupsAsync(string grouping, string key) =>
            [.. (await ReportAsync(token, $$"""{ complaintAnalytics({{MarchToApril}}, groupBy: {{grouping}}) { groups { {{key}} {{Figures}} } } }"""))
                .GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty(key).GetString()!, g))];

        var byCategory = (await GroupsAsync("CATEGORY", "category")).ToDictionary(g => g.Key, g => g.Group);
        Assert.Equal(Enum.GetValues<ComplaintCategory>().Length, byCategory.Count);
        Assert.Equal(3, byCategory["CLAIMS"].GetProperty("complaints").GetInt32());
        Assert.Equal(0.6, byCategory["CLAIMS"].GetProperty("rate").GetDouble(), 6);
        Assert.Equal(2.0 / 3, byCategory["CLAIMS"].GetProperty("resolvedWithinDeadlineRate").GetDouble(), 6);
        Assert.Equal(144.0, byCategory["CLAIMS"].GetProperty("averageHoursToResolve").GetDouble(), 6);
        Assert.Equal(0.2, byCategory["SALES"].GetProperty("rate").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, byCategory["SALES"].GetProperty("resolvedWithinDeadlineRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, byCategory["SALES"].GetProperty("averageHoursToResolve").ValueKind);
        Assert.Equal(0, byCategory["PRODUCT"].GetProperty("complaints").GetInt32());
        Assert.Equal(0.0, byCategory["PRODUCT"].GetProperty("rate").GetDouble());

        var bySeverity = await GroupsAsync("SEVERITY", "severity");
        Assert.Equal([("GENERAL", 4), ("MAJOR", 1)], bySeverity.Select(g => (g.Key, g.Group.GetProperty("complaints").GetInt32())));
        Assert.Equal(0, bySeverity[1].Group.GetProperty("resolvedWithinDeadline").GetInt32());

        var byChannel = await GroupsAsync("CHANNEL", "channel");
        Assert.Equal(
            [("PHONE", 2), ("EMAIL", 1), ("ONLINE", 1), ("IN_PERSON", 0), ("LETTER", 1), ("REGULATOR_REFERRAL", 0)],
            byChannel.Select(g => (g.Key, g.Group.GetProperty("complaints").GetInt32())));
    }

    [Fact]
    public async Task Periods_are_months_or_weeks_of_the_tenants_time_zone_empty_ones_included_R_CMP_06()
    {
        var (_, token) = await SeedAsync();
        async Task<List<(string, int)>> PeriodsAsync(string unit) =>
            [.. (await ReportAsync(token, $$"""{ complaintAnalytics(period: { from: "2025-03-01", to: "2025-04-30", unit: {{unit}} }, groupBy: PERIOD) { groups { periodStart complaints } } }"""))
                .GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("periodStart").GetString()!, g.GetProperty("complaints").GetInt32()))];

        // 2025-04-01 07:00 in Shanghai is still 31 March in UTC: it counts for April. 2025-05-01 00:30 (30 April in UTC)
        // and 27 February fall outside the period.
        Assert.Equal([("2025-03-01", 3), ("2025-04-01", 2)], await PeriodsAsync("MONTH"));
        Assert.Equal(
            [("2025-02-24", 0), ("2025-03-03", 1), ("2025-03-10", 1), ("2025-03-17", 1), ("2025-03-24", 0),
             ("2025-03-31", 1), ("2025-04-07", 0), ("2025-04-14", 1), ("2025-04-21", 0), ("2025-04-28", 0)],
            await PeriodsAsync("WEEK"));
    }

    [Fact]
    public async Task Top_root_causes_group_spellings_and_rank_by_frequency_R_CMP_06()
    {
        var (_, token) = await SeedAsync();
        async Task<List<(string, int, double)>> CausesAsync(string args) =>
            [.. (await ReportAsync(token, $$"""{ complaintAnalytics({{MarchToApril}}) { topRootCauses{{args}} { rootCause complaints rate } } }"""))
                .GetProperty("topRootCauses").EnumerateArray()
                .Select(c => (c.GetProperty("rootCause").GetString()!, c.GetProperty("complaints").GetInt32(), c.GetProperty("rate").GetDouble()))];

        // "manual  step MISSED" is the same cause; the period's fifth complaint has no root cause yet.
        Assert.Equal([("Manual step missed", 3, 0.75), ("Rude agent", 1, 0.25)], await CausesAsync(""));
        Assert.Equal([("Manual step missed", 3, 0.75)], await CausesAsync("(first: 1)"));
        var tooMany = await Tokens.QueryAsync(api.Stack, token, $$"""{ complaintAnalytics({{MarchToApril}}) { topRootCauses(first: 51) { rootCause } } }""");
        Assert.Contains("BAD_USER_INPUT", Tokens.ErrorCodes(tooMany));
    }

    [Fact]
    public async Task A_period_without_complaints_has_zero_counts_and_no_rates_and_a_backwards_period_is_refused_R_CMP_06()
    {
        var (_, token) = await SeedAsync();
        var report = await ReportAsync(token, $$"""{ complaintAnalytics(period: { from: "2024-01-01", to: "2024-01-31" }, groupBy: SEVERITY) { total { {{Figures}} } groups { rate } topRootCauses { rootCause } } }""");
        var total = report.GetProperty("total");
        Assert.Equal(0, total.GetProperty("complaints").GetInt32());
        Assert.Equal(JsonValueKind.Null, total.GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("resolvedWithinDeadlineRate").ValueKind);
        Assert.All(report.GetProperty("groups").EnumerateArray(), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("rate").ValueKind));
        Assert.Empty(report.GetProperty("topRootCauses").EnumerateArray());

        var backwards = await Tokens.QueryAsync(api.Stack, token, """{ complaintAnalytics(period: { from: "2025-04-30", to: "2025-03-01" }) { total { complaints } } }""");
        Assert.Contains("BAD_USER_INPUT", Tokens.ErrorCodes(backwards));
    }

    [Fact]
    public async Task Complaint_overseers_read_analytics_of_their_own_tenant_only_others_are_refused_R_CMP_06()
    {
        var (world, _) = await SeedAsync();
        var other = await api.WorldAsync("cmp-an-other");
        await ComplaintRows.AddAsync(api, other, Row(ComplaintCategory.Product, ComplaintSeverity.General, ComplaintChannel.Phone, Shanghai(2025, 3, 5, 9, 0)));
        const string Query = """{ complaintAnalytics(period: { from: "2025-03-01", to: "2025-04-30" }) { total { complaints } } }""";

        foreach (var role in new[] { "SUPERVISOR", "QUALITY_INSPECTOR", "COMPLAINT_HANDLER", "COMPLIANCE_OFFICER" })
        {
            var token = await api.StaffTokenAsync(world, world.SupervisorId, role);
            Assert.Equal(5, (await ReportAsync(token, Query)).GetProperty("total").GetProperty("complaints").GetInt32());
        }

        var otherToken = await api.StaffTokenAsync(other, other.SupervisorId, "COMPLIANCE_OFFICER");
        Assert.Equal(1, (await ReportAsync(otherToken, Query)).GetProperty("total").GetProperty("complaints").GetInt32());

        foreach (var role in new[] { "AGENT", "TRAINER", "TENANT_ADMIN" })
        {
            var token = await api.StaffTokenAsync(world, world.HandlerId, role);
            Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await Tokens.QueryAsync(api.Stack, token, Query)));
        }

        var customer = await api.CustomerTokenAsync(world, world.CustomerSubject);
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await Tokens.QueryAsync(api.Stack, customer, Query)));
        var operatorToken = await Tokens.ForAsync(api.Stack, null, "operator", "PLATFORM_ADMIN");
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await Tokens.QueryAsync(api.Stack, operatorToken, Query)));
    }

    private async Task<JsonElement> ReportAsync(string token, string query) =>
        (await api.QueryAsync(token, query)).GetProperty("complaintAnalytics");

    // Receipt and resolution in Shanghai time; the 7-working-day resolution due time is given directly.
    private async Task<(ComplaintWorld World, string Token)> SeedAsync()
    {
        var world = await api.WorldAsync("cmp-an");
        await ComplaintRows.AddAsync(api, world,
            Row(ComplaintCategory.Claims, ComplaintSeverity.General, ComplaintChannel.Phone, Shanghai(2025, 3, 3, 10, 0), resolvedAfterHours: 48, rootCause: "Manual step missed"),
            Row(ComplaintCategory.Claims, ComplaintSeverity.Major, ComplaintChannel.Email, Shanghai(2025, 3, 10, 9, 0), resolvedAfterHours: 360, rootCause: "manual  step MISSED"),
            Row(ComplaintCategory.Claims, ComplaintSeverity.General, ComplaintChannel.Letter, Shanghai(2025, 3, 20, 9, 0), resolvedAfterHours: 24, rootCause: "Manual step missed"),
            Row(ComplaintCategory.Sales, ComplaintSeverity.General, ComplaintChannel.Online, Shanghai(2025, 4, 1, 7, 0)),
            Row(ComplaintCategory.ServiceAttitude, ComplaintSeverity.General, ComplaintChannel.Phone, Shanghai(2025, 4, 15, 12, 0), resolvedAfterHours: 12, rootCause: "Rude agent"),
            Row(ComplaintCategory.Claims, ComplaintSeverity.General, ComplaintChannel.Phone, Shanghai(2025, 2, 27, 10, 0), resolvedAfterHours: 5, rootCause: "Outside the period"),
            Row(ComplaintCategory.Product, ComplaintSeverity.Major, ComplaintChannel.Phone, Shanghai(2025, 5, 1, 0, 30), resolvedAfterHours: 5, rootCause: "Outside the period"));
        return (world, await api.StaffTokenAsync(world, world.SupervisorId, "QUALITY_INSPECTOR"));
    }

    // Resolution is due 9 calendar days (7 working days) after receipt; beyond that the deadline was missed.
    private static ComplaintRows.Row Row(
        ComplaintCategory category, ComplaintSeverity severity, ComplaintChannel channel, DateTimeOffset received, int? resolvedAfterHours = null, string? rootCause = null) =>
        new(category, severity, channel, received, received.AddDays(9), resolvedAfterHours is { } hours ? received.AddHours(hours) : null, rootCause);
}
