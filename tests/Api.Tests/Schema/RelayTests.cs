using Platform.Api.Relay;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Schema;

/// <summary>Global ids and cursors: opaque, typed, and refused with clear codes when forged or misused.</summary>
[Collection(ApiCollection.Name)]
public sealed class RelayTests(ApiEnvironment environment)
{
    [Fact]
    public void A_global_id_round_trips_and_names_its_type()
    {
        var id = Guid.NewGuid();
        var encoded = GlobalId.Encode("Policy", id);

        Assert.True(GlobalId.TryDecode(encoded, out var type, out var decoded));
        Assert.Equal(("Policy", id), (type, decoded));
        Assert.DoesNotContain(id.ToString("N"), encoded);
        Assert.False(GlobalId.TryDecode("%%%", out _, out _));
        Assert.False(GlobalId.TryDecode(GlobalId.Encode("Policy", id)[..10], out _, out _));
    }

    [Fact]
    public async Task Malformed_ids_too_many_ids_and_foreign_cursors_are_clear_errors()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "relay", customers: 3, interactionsPerPolicy: 0);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var cursor = Tokens.Data(await data.QueryAsync(token, "{ customers(first: 1) { pageInfo { endCursor } } }"))
            .GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var manyIds = string.Join(",", Enumerable.Range(0, 101).Select(_ => $"\"{GlobalId.Encode("Customer", Guid.NewGuid())}\""));

        Assert.Equal(["INVALID_ID"], Tokens.ErrorCodes(await data.QueryAsync(token, "{ node(id: \"bm9wZQ\") { id } }")));
        Assert.Equal(["BAD_USER_INPUT"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ nodes(ids: [{manyIds}]) {{ id }} }}")));

        // A cursor of the customer list in name order is not a cursor of the creation-time order, nor of policies.
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ customers(after: \"{cursor}\", orderBy: {{ field: CREATED_AT }}) {{ nodes {{ id }} }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ policies(after: \"{cursor}\") {{ nodes {{ id }} }} }}")));
        Assert.Empty(Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ customers(after: \"{cursor}\") {{ nodes {{ id }} }} }}")));
    }
}
