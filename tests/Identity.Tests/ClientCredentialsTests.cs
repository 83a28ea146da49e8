using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Auditing;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ClientCredentialsTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Service_client_gets_an_at_jwt_with_its_fixed_tenant_and_roles()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("alpha-agent-service", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();

        var (status, body, response) = await OAuthCalls.ClientCredentialsAsync(http, "alpha-agent-service", secret!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        var accessToken = body.GetProperty("access_token").GetString()!;
        var result = await OAuthCalls.ValidateAccessTokenAsync(http, accessToken, server.BaseUrl, server.Clock.GetUtcNow());
        Assert.True(result.IsValid, result.Exception?.Message);

        var token = new JsonWebToken(accessToken);
        Assert.Equal("at+jwt", token.Typ);
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(server.BaseUrl, token.Issuer);
        Assert.Equal(["insurer-api"], token.Audiences);
        Assert.Equal("alpha-agent-service", token.Subject);
        Assert.Equal("alpha-agent-service", token.GetClaim("client_id").Value);
        Assert.Equal(server.TenantA.ToString(), token.GetClaim("tenant_id").Value);
        Assert.Equal(["AGENT"], token.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        Assert.Equal("api", token.GetClaim("scope").Value);
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.True(token.ValidTo - token.IssuedAt <= TimeSpan.FromMinutes(15));
        Assert.Equal(token.IssuedAt, token.ValidFrom);

        var issued = Assert.Single(server.Audit.Named(AuditEventNames.TokenIssued));
        Assert.Equal(server.TenantA, issued.TenantId);
        Assert.Equal("alpha-agent-service", issued.ClientId);
    }

    [Fact]
    public async Task Two_tokens_have_distinct_ids()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();

        var first = (await OAuthCalls.ClientCredentialsAsync(http, "svc", secret!)).Body.GetProperty("access_token").GetString()!;
        var second = (await OAuthCalls.ClientCredentialsAsync(http, "svc", secret!)).Body.GetProperty("access_token").GetString()!;

        Assert.NotEqual(new JsonWebToken(first).Id, new JsonWebToken(second).Id);
    }

    [Fact]
    public async Task Wrong_secret_gets_invalid_client_401_audited_without_the_secret()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        await server.AddClientAsync("alpha-agent-service", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();
        const string wrongSecret = "definitely-not-the-secret-0123456789";

        var (status, body, response) = await OAuthCalls.ClientCredentialsAsync(http, "alpha-agent-service", wrongSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.StartsWith("Basic", response.Headers.WwwAuthenticate.ToString());
        var failure = Assert.Single(server.Audit.Named(AuditEventNames.ClientAuthenticationFailed));
        Assert.Equal(server.TenantA, failure.TenantId);
        Assert.Equal("alpha-agent-service", failure.ClientId);
        Assert.DoesNotContain(server.Logs.Entries, e => e.Message.Contains(wrongSecret) || e.Properties.Values.Any(v => v?.Contains(wrongSecret) == true));
    }

    [Fact]
    public async Task Secret_in_the_form_body_also_authenticates()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("svc", server.TenantA, ["TRAINER"], ["client_credentials"]);
        var http = server.CreateClient();

        var (status, _, _) = await OAuthCalls.TokenAsync(http, [new("grant_type", "client_credentials"), new("client_id", "svc"), new("client_secret", secret!)]);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Unknown_client_gets_invalid_client()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var http = server.CreateClient();

        var (status, body, _) = await OAuthCalls.ClientCredentialsAsync(http, "nobody", "whatever");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("password")]
    [InlineData("implicit")]
    [InlineData("urn:ietf:params:oauth:grant-type:device_code")]
    public async Task Unsupported_grants_get_unsupported_grant_type(string grantType)
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();

        var (status, body, _) = await OAuthCalls.TokenAsync(http, [new("grant_type", grantType), new("username", "u"), new("password", "p")], "svc", secret);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task R_TEN_03_no_token_for_a_suspended_tenant_and_suspension_bites_within_seconds()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var suspendedSecret = await server.AddClientAsync("gamma-svc", server.SuspendedTenant, ["AGENT"], ["client_credentials"]);
        var activeSecret = await server.AddClientAsync("alpha-svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();

        var refused = await OAuthCalls.ClientCredentialsAsync(http, "gamma-svc", suspendedSecret!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("unauthorized_client", refused.Body.GetProperty("error").GetString());

        Assert.Equal(HttpStatusCode.OK, (await OAuthCalls.ClientCredentialsAsync(http, "alpha-svc", activeSecret!)).Status);
        await server.ExecuteAsOwnerAsync("UPDATE tenants SET status = 'Suspended', suspended_at = now() WHERE id = $1", server.TenantA);
        server.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthCalls.ClientCredentialsAsync(http, "alpha-svc", activeSecret!)).Status);
    }

    [Fact]
    public async Task Requesting_a_scope_the_client_may_not_have_gets_invalid_scope()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();

        var (status, body, _) = await OAuthCalls.TokenAsync(http, [new("grant_type", "client_credentials"), new("scope", "api admin")], "svc", secret);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_client_without_the_grant_type_is_refused()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("web", server.TenantA, [], ["authorization_code"], redirectUris: ["http://127.0.0.1:9/cb"]);
        var http = server.CreateClient();

        var (status, body, _) = await OAuthCalls.ClientCredentialsAsync(http, "web", secret!);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("unauthorized_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Malformed_requests_get_typed_errors_not_crashes()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var http = server.CreateClient();

        var json = await http.PostAsync("/connect/token", new StringContent("{\"grant_type\":\"client_credentials\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("invalid_request", await json.Content.ReadAsStringAsync());

        var repeated = await OAuthCalls.TokenAsync(http, [new("grant_type", "client_credentials"), new("grant_type", "password")]);
        Assert.Equal(HttpStatusCode.BadRequest, repeated.Status);
        Assert.Equal("invalid_request", repeated.Body.GetProperty("error").GetString());

        var badBasic = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]) };
        badBasic.Headers.TryAddWithoutValidation("Authorization", "Basic !!!not-base64");
        var badBasicResponse = await http.SendAsync(badBasic);
        Assert.Equal(HttpStatusCode.Unauthorized, badBasicResponse.StatusCode);
        Assert.DoesNotContain("   at ", await badBasicResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Basic_credentials_contradicting_the_form_client_id_are_refused()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();

        var (status, body, _) = await OAuthCalls.TokenAsync(http, [new("grant_type", "client_credentials"), new("client_id", "someone-else")], "svc", secret);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }
}
