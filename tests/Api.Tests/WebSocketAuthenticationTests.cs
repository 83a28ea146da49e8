using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests;

/// <summary>graphql-transport-ws: the bearer token travels in <c>connection_init</c> and bounds the connection's life.</summary>
[Collection(ApiCollection.Name)]
public sealed class WebSocketAuthenticationTests(ApiEnvironment environment)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private ApiStack Stack => environment.Stack;

    [Fact]
    public async Task Init_without_a_token_is_closed_with_4403()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Stack);

        await socket.InitAsync(payload: null);

        Assert.Empty(await socket.ReceiveUntilClosedAsync(Wait));
        Assert.Equal(4403, socket.CloseStatus);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("wrong-audience")]
    [InlineData("foreign-issuer")]
    public async Task Init_with_an_invalid_token_is_closed_with_4403(string kind)
    {
        var tenant = await Stack.AddTenantAsync("ws-forged-" + kind);
        var forged = await TokenForgery.CreateAsync(kind, Stack, tenant);
        await using var socket = await GraphQLSocket.ConnectAsync(Stack);

        await socket.InitAsync(new { authorization = "Bearer " + forged });

        Assert.Empty(await socket.ReceiveUntilClosedAsync(Wait));
        Assert.Equal(4403, socket.CloseStatus);
    }

    [Fact]
    public async Task Init_for_a_suspended_tenant_is_closed_with_4403_R_TEN_03()
    {
        var tenant = await Stack.AddTenantAsync("ws-suspended-at-init", status: "Suspended");
        var token = await TokenForgery.CreateAsync("valid", Stack, tenant);
        await using var socket = await GraphQLSocket.ConnectAsync(Stack);

        await socket.InitAsync(new { authorization = "Bearer " + token });

        Assert.Empty(await socket.ReceiveUntilClosedAsync(Wait));
        Assert.Equal(4403, socket.CloseStatus);
    }

    [Theory]
    [InlineData("authorization", true)]
    [InlineData("Authorization", true)]
    [InlineData("token", false)]
    public async Task A_valid_token_is_acknowledged_and_me_over_the_socket_sees_the_same_principal(string key, bool bearerPrefix)
    {
        var (tenant, clientId, token) = await Stack.TenantWithClientAsync("ws-me-" + key.ToLowerInvariant() + (bearerPrefix ? "-b" : ""), "QUALITY_INSPECTOR");
        await using var socket = await GraphQLSocket.ConnectAsync(Stack);

        await socket.InitAsync(new Dictionary<string, string> { [key] = (bearerPrefix ? "Bearer " : "") + token });
        var ack = await socket.ReceiveAsync(Wait);
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ me { subject tenantId roles clientId } }" } });
        var next = await socket.ReceiveAsync(Wait);
        var complete = await socket.ReceiveAsync(Wait);

        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        Assert.Equal("next", next?.GetProperty("type").GetString());
        var me = next!.Value.GetProperty("payload").GetProperty("data").GetProperty("me");
        Assert.Equal(tenant.ToString(), me.GetProperty("tenantId").GetString());
        Assert.Equal(clientId, me.GetProperty("clientId").GetString());
        Assert.Equal(new JsonWebToken(token).Subject, me.GetProperty("subject").GetString());
        Assert.Equal(["QUALITY_INSPECTOR"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("complete", complete?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_open_socket_is_closed_with_4403_when_its_tenant_is_suspended_R_TEN_03()
    {
        var (tenant, _, token) = await Stack.TenantWithClientAsync("ws-suspend-later", "AGENT");
        await using var socket = await GraphQLSocket.ConnectAsync(Stack);
        await socket.InitAsync(new { authorization = "Bearer " + token });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync(Wait))?.GetProperty("type").GetString());

        await Stack.SuspendTenantAsync(tenant);

        Assert.Empty(await socket.ReceiveUntilClosedAsync(Wait));
        Assert.Equal(4403, socket.CloseStatus);
        Assert.Equal("Tenant suspended", socket.CloseReason);
    }

    [Fact]
    public async Task The_socket_is_closed_with_4403_token_expired_once_a_short_lived_token_expires()
    {
        // Identity's own knob: access tokens of this stack live 5 s (the API allows 1 s of clock skew).
        await using var shortLived = await ApiStack.StartAsync(environment.Cluster, accessTokenLifetime: TimeSpan.FromSeconds(5));
        var (_, _, token) = await shortLived.TenantWithClientAsync("ws-expiry", "AGENT");
        var expires = new JsonWebToken(token).ValidTo;
        await using var socket = await GraphQLSocket.ConnectAsync(shortLived);

        await socket.InitAsync(new { authorization = "Bearer " + token });
        var ack = await socket.ReceiveAsync(Wait);
        var rest = await socket.ReceiveUntilClosedAsync(Wait);
        var closedAt = DateTime.UtcNow;

        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        Assert.Empty(rest);
        Assert.Equal(4403, socket.CloseStatus);
        Assert.Equal("Token expired", socket.CloseReason);
        Assert.True(closedAt >= expires, $"closed at {closedAt:O}, before the token's expiry {expires:O}");
    }
}
