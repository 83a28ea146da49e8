using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests;

/// <summary><c>me</c> over HTTP: the caller read from the real, validated token of the real token service.</summary>
[Collection(ApiCollection.Name)]
public sealed class MeQueryTests(ApiEnvironment environment)
{
    private const string MeQuery = "{ me { subject tenantId roles clientId tokenExpiresAt } }";
    private ApiStack Stack => environment.Stack;

    [Fact]
    public async Task Me_with_a_client_credentials_token_returns_the_tokens_tenant_roles_client_and_expiry()
    {
        var (tenant, clientId, token) = await Stack.TenantWithClientAsync("me-http", "AGENT", "SUPERVISOR");

        using var response = await Stack.GraphQLAsync(MeQuery, token);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), body);
        var me = root.GetProperty("data").GetProperty("me");
        var jwt = new JsonWebToken(token);
        Assert.Equal(jwt.Subject, me.GetProperty("subject").GetString());
        Assert.Equal(tenant.ToString(), me.GetProperty("tenantId").GetString());
        Assert.Equal(["AGENT", "SUPERVISOR"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order());
        Assert.Equal(clientId, me.GetProperty("clientId").GetString());
        Assert.Equal(new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero), DateTimeOffset.Parse(me.GetProperty("tokenExpiresAt").GetString()!));
    }

    [Fact]
    public async Task Two_tenants_each_see_their_own_tenant_R_TEN_01()
    {
        var first = await Stack.TenantWithClientAsync("me-first", "TRAINER");
        var second = await Stack.TenantWithClientAsync("me-second", "COMPLAINT_HANDLER");

        var seenByFirst = await TenantOfAsync(first.Token);
        var seenBySecond = await TenantOfAsync(second.Token);

        Assert.Equal(first.Tenant.ToString(), seenByFirst);
        Assert.Equal(second.Tenant.ToString(), seenBySecond);
    }

    [Fact]
    public async Task No_token_is_refused_with_401_and_a_bearer_challenge()
    {
        using var response = await Stack.GraphQLAsync(MeQuery, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Anonymous_introspection_is_refused_but_an_authenticated_caller_may_introspect()
    {
        var (_, _, token) = await Stack.TenantWithClientAsync("introspect", "AGENT");
        const string Introspection = "{ __schema { queryType { name } } }";

        using var anonymous = await Stack.GraphQLAsync(Introspection, token: null);
        using var authenticated = await Stack.GraphQLAsync(Introspection, token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var body = JsonDocument.Parse(await authenticated.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("wrong-audience")]
    [InlineData("foreign-issuer")]
    public async Task Tokens_failing_validation_are_refused_with_401(string kind)
    {
        var tenant = await Stack.AddTenantAsync("forged-" + kind);
        var control = await TokenForgery.CreateAsync("valid", Stack, tenant);
        var forged = await TokenForgery.CreateAsync(kind, Stack, tenant);

        using var accepted = await Stack.GraphQLAsync(MeQuery, control);
        using var refused = await Stack.GraphQLAsync(MeQuery, forged);

        // The control differs from the forged token only in the one property, so the refusal is due to it.
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(refused.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_token_signed_by_a_foreign_key_is_refused_with_401()
    {
        var tenant = await Stack.AddTenantAsync("foreign-key");
        using var foreignKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = await TokenForgery.SignAsync(Stack, tenant, d =>
            d.SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(foreignKey) { KeyId = "foreign" }, SecurityAlgorithms.EcdsaSha256));

        using var refused = await Stack.GraphQLAsync(MeQuery, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_suspended_tenants_valid_token_is_refused_with_403_within_seconds_R_TEN_03()
    {
        var (tenant, _, token) = await Stack.TenantWithClientAsync("suspend-http", "AGENT");
        using (var before = await Stack.GraphQLAsync(MeQuery, token))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await Stack.SuspendTenantAsync(tenant);

        // The API caches tenant status for 2 s; allow generous slack on a loaded machine, but far less than the token's life.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        HttpStatusCode status;
        string body;
        do
        {
            await Task.Delay(250);
            using var response = await Stack.GraphQLAsync(MeQuery, token);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync();
        }
        while (status == HttpStatusCode.OK && DateTimeOffset.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.True(new JsonWebToken(token).ValidTo > DateTime.UtcNow, "the token itself is still unexpired");
        Assert.Equal("FORBIDDEN", JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<string?> TenantOfAsync(string token)
    {
        using var response = await Stack.GraphQLAsync("{ me { tenantId } }", token);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("me").GetProperty("tenantId").GetString();
    }
}
