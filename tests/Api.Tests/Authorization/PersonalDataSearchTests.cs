using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Confidentiality;

namespace Platform.Api.Tests.Authorization;

/// <summary>
/// R-PII-02 applied to the customer list's suffix filters: a caller who sees an ID number or phone masked may search
/// by no more of it than the mask shows (the last 4 characters), or matching one more hidden character at a time
/// would read the whole value; callers who see the values in full (R-PII-03) search by any suffix.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PersonalDataSearchTests(ApiEnvironment environment)
{
    [Theory]
    [InlineData("supervisor", "SUPERVISOR")]
    [InlineData("inspector", "QUALITY_INSPECTOR")]
    [InlineData("agent1", "AGENT")]
    [InlineData("handler", "COMPLAINT_HANDLER")]
    public async Task A_masked_viewer_cannot_match_characters_the_mask_hides_R_PII_02(string who, string role)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-search", customers: 3, interactionsPerPolicy: 0);
        var target = data.Customers[2]; // no complaint, no verified call: every one of these roles sees it masked
        var token = await data.TokenAsync(who, role);

        // The last 4 characters are what the mask shows: searching by them finds the customer, still masked.
        var visible = Tokens.Data(await data.QueryAsync(token, $$"""{ customers(filter: { idNumberSuffix: "{{target.IdNumber![^4..]}}" }) { nodes { idNumber } } }"""));
        var found = Assert.Single(visible.GetProperty("customers").GetProperty("nodes").EnumerateArray());
        Assert.Equal(PiiMasking.MaskIdNumber(target.IdNumber), found.GetProperty("idNumber").GetString());

        // The fifth character from the end is hidden, so whether it matches must not be answered, for either field.
        foreach (var (filter, suffix) in new[] { ("idNumberSuffix", target.IdNumber[^5..]), ("phoneSuffix", target.Phone![^5..]) })
        {
            var body = await data.QueryAsync(token, $$"""{ customers(filter: { {{filter}}: "{{suffix}}" }) { nodes { id } } }""");
            Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
            Assert.Equal(["FORBIDDEN"], Tokens.ErrorCodes(body));
        }
    }

    [Fact]
    public async Task Compliance_and_a_customer_among_their_own_records_search_by_any_suffix_R_PII_03()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-search-full", customers: 3, interactionsPerPolicy: 0);
        var target = data.Customers[2];
        var compliance = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var customer = await data.TokenAsync("customer", "CUSTOMER");

        var full = Tokens.Data(await data.QueryAsync(compliance, $$"""{ customers(filter: { idNumberSuffix: "{{target.IdNumber![^10..]}}", phoneSuffix: "{{target.Phone![^8..]}}" }) { nodes { idNumber } } }"""));
        Assert.Equal(target.IdNumber, Assert.Single(full.GetProperty("customers").GetProperty("nodes").EnumerateArray()).GetProperty("idNumber").GetString());

        // A customer's list holds only themself, so a long suffix reveals nothing they do not see in full anyway.
        var own = Tokens.Data(await data.QueryAsync(customer, $$"""{ customers(filter: { idNumberSuffix: "{{data.SelfServiceCustomer.IdNumber}}" }) { nodes { idNumber } } }"""));
        Assert.Equal(data.SelfServiceCustomer.IdNumber, Assert.Single(own.GetProperty("customers").GetProperty("nodes").EnumerateArray()).GetProperty("idNumber").GetString());
        var other = Tokens.Data(await data.QueryAsync(customer, $$"""{ customers(filter: { idNumberSuffix: "{{target.IdNumber}}" }) { nodes { id } } }"""));
        Assert.Empty(other.GetProperty("customers").GetProperty("nodes").EnumerateArray());
    }
}
