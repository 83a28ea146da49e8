using System.Net;
using System.Text.Json;
using Platform.Domain.Persistence;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests.ApiAuthentication;

/// <summary>The API's JwtBearer set-up (src/Api/Authentication) against a live token service: issue 5's 401 and 403 cases.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiAuthenticationTests(PostgresCluster cluster)
{
    private sealed record Setup(IdentityTestServer Identity, ProtectedApiHost Api, AdjustableClock ApiClock, HttpClient IdentityHttp, string ClientSecret) : IAsyncDisposable
    {
        public async Task<string> ServiceTokenAsync(string clientId = "alpha-svc")
        {
            var (status, body, _) = await OAuthCalls.ClientCredentialsAsync(IdentityHttp, clientId, ClientSecret);
            Assert.Equal(HttpStatusCode.OK, status);
            return body.GetProperty("access_token").GetString()!;
        }

        public async ValueTask DisposeAsync()
        {
            await Api.DisposeAsync();
            await Identity.DisposeAsync();
        }
    }

    private async Task<Setup> StartAsync()
    {
        var identity = await IdentityTestServer.StartAsync(cluster);
        var secret = await identity.AddClientAsync("alpha-svc", identity.TenantA, ["AGENT"], ["client_credentials"]);
        var apiClock = new AdjustableClock();
        var api = await ProtectedApiHost.StartAsync(identity, cluster.ConnectionString(DatabaseRoles.App, identity.DatabaseName), apiClock);
        return new Setup(identity, api, apiClock, identity.CreateClient(), secret!);
    }

    [Fact]
    public async Task Valid_access_token_is_accepted_and_the_tenant_comes_from_the_token()
    {
        await using var setup = await StartAsync();

        var response = await setup.Api.GetAsync("/ping", await setup.ServiceTokenAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(setup.Identity.TenantA, body.GetProperty("tenant").GetGuid());
    }

    [Fact]
    public async Task Missing_token_gets_401()
    {
        await using var setup = await StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await setup.Api.GetAsync("/ping", null)).StatusCode);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-issuer")]
    [InlineData("alg-none")]
    [InlineData("hs256-public-key")]
    [InlineData("unknown-kid")]
    [InlineData("tampered-payload")]
    [InlineData("id-token-typ")]
    public async Task Hostile_or_invalid_tokens_get_401(string kind)
    {
        await using var setup = await StartAsync();
        // The untouched token is accepted, so each refusal is caused by the one difference.
        Assert.Equal(HttpStatusCode.OK, (await setup.Api.GetAsync("/ping", await TokenForgery.SignWithRealKeyAsync(setup.Identity, setup.Identity.TenantA))).StatusCode);

        var token = await TokenForgery.CreateAsync(kind, setup.Identity, setup.IdentityHttp, setup.Identity.TenantA);
        var response = await setup.Api.GetAsync("/ping", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Real_id_token_from_the_code_flow_is_refused_as_an_access_token_while_its_access_token_passes()
    {
        // A genuine ID token: signed by the same key, same issuer; only its typ (JWT) and audience (the client) differ.
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        await using var api = await ProtectedApiHost.StartAsync(flow.Server, cluster.ConnectionString(DatabaseRoles.App, flow.Server.DatabaseName), new AdjustableClock());
        var (verifier, challenge) = OAuthCalls.NewPkce();
        var (status, body, _) = await flow.RedeemAsync(await flow.GetCodeAsync(challenge), verifier);
        Assert.Equal(HttpStatusCode.OK, status);

        var withIdToken = await api.GetAsync("/ping", body.GetProperty("id_token").GetString());
        var withAccessToken = await api.GetAsync("/ping", body.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, withIdToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withAccessToken.StatusCode);
    }

    [Fact]
    public async Task Real_token_issued_long_enough_ago_is_refused_as_expired()
    {
        await using var setup = await StartAsync();
        setup.Identity.Clock.Advance(TimeSpan.FromMinutes(-20));
        var token = await setup.ServiceTokenAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await setup.Api.GetAsync("/ping", token)).StatusCode);
    }

    [Fact]
    public async Task R_TEN_01_token_of_tenant_A_asking_for_tenant_B_gets_403()
    {
        await using var setup = await StartAsync();
        var token = await setup.ServiceTokenAsync();

        Assert.Equal(HttpStatusCode.OK, (await setup.Api.GetAsync($"/tenants/{setup.Identity.TenantA}/ping", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await setup.Api.GetAsync($"/tenants/{setup.Identity.TenantB}/ping", token)).StatusCode);
    }

    [Fact]
    public async Task R_TEN_02_platform_token_without_tenant_cannot_read_tenant_data()
    {
        await using var setup = await StartAsync();
        var secret = await setup.Identity.AddClientAsync("platform-tool", null, ["PLATFORM_ADMIN"], ["client_credentials"]);
        var (_, body, _) = await OAuthCalls.ClientCredentialsAsync(setup.IdentityHttp, "platform-tool", secret!);
        var token = body.GetProperty("access_token").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await setup.Api.GetAsync("/ping", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await setup.Api.GetAsync($"/tenants/{setup.Identity.TenantA}/ping", token)).StatusCode);
    }

    [Fact]
    public async Task R_TEN_03_valid_token_of_a_tenant_suspended_afterwards_gets_403_within_seconds()
    {
        await using var setup = await StartAsync();
        var token = await setup.ServiceTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await setup.Api.GetAsync("/ping", token)).StatusCode);

        await setup.Identity.ExecuteAsOwnerAsync("UPDATE tenants SET status = 'Suspended', suspended_at = now() WHERE id = $1", setup.Identity.TenantA);
        setup.ApiClock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.Forbidden, (await setup.Api.GetAsync("/ping", token)).StatusCode);
    }
}
