using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Auditing;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationCodeTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Code_flow_with_S256_issues_access_refresh_and_id_tokens_and_userinfo_answers()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (verifier, challenge) = OAuthCalls.NewPkce();

        var signIn = await OAuthCalls.SignInAsync(flow.Http, CodeFlowScenario.AuthorizeParameters(challenge), CodeFlowScenario.UserName, CodeFlowScenario.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith(CodeFlowScenario.RedirectUri + "?", signIn.Headers.Location!.ToString());
        var query = OAuthCalls.RedirectQuery(signIn);
        Assert.Equal("state-123", query["state"]);
        Assert.Equal(flow.Server.BaseUrl, query["iss"]);

        var (status, body, _) = await flow.RedeemAsync(query["code"], verifier);

        Assert.Equal(HttpStatusCode.OK, status);
        var access = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("at+jwt", access.Typ);
        Assert.Equal(flow.UserId.ToString(), access.Subject);
        Assert.Equal(CodeFlowScenario.ClientId, access.GetClaim("client_id").Value);
        Assert.Equal(flow.Server.TenantA.ToString(), access.GetClaim("tenant_id").Value);
        Assert.Equal(["AGENT", "SUPERVISOR"], access.Claims.Where(c => c.Type == "roles").Select(c => c.Value).Order());
        Assert.Equal("openid api", access.GetClaim("scope").Value);
        Assert.True((await OAuthCalls.ValidateAccessTokenAsync(flow.Http, access.EncodedToken, flow.Server.BaseUrl, flow.Server.Clock.GetUtcNow())).IsValid);

        var idToken = new JsonWebToken(body.GetProperty("id_token").GetString());
        Assert.Equal("JWT", idToken.Typ);
        Assert.Equal([CodeFlowScenario.ClientId], idToken.Audiences);
        Assert.Equal("nonce-456", idToken.GetClaim("nonce").Value);
        Assert.Equal(flow.UserId.ToString(), idToken.Subject);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refresh_token").GetString()));

        var userinfo = await flow.UserinfoAsync(access.EncodedToken);
        Assert.Equal(HttpStatusCode.OK, userinfo.StatusCode);
        var claims = JsonDocument.Parse(await userinfo.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(flow.UserId.ToString(), claims.GetProperty("sub").GetString());
        Assert.Equal("alice", claims.GetProperty("preferred_username").GetString());

        var issued = flow.Server.Audit.Named(AuditEventNames.TokenIssued).Single();
        Assert.Equal(flow.Server.TenantA, issued.TenantId);
        Assert.Equal(CodeFlowScenario.ClientId, issued.ClientId);
    }

    [Fact]
    public async Task Missing_code_verifier_is_refused()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, challenge) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);

        var (status, body, _) = await flow.RedeemAsync(code, verifier: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Wrong_code_verifier_is_refused()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, challenge) = OAuthCalls.NewPkce();
        var (otherVerifier, _) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);

        var (status, body, _) = await flow.RedeemAsync(code, otherVerifier);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData(null)]
    public async Task Plain_or_missing_challenge_method_is_refused_back_to_the_client(string? method)
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (verifier, _) = OAuthCalls.NewPkce();
        var parameters = CodeFlowScenario.AuthorizeParameters(challenge: verifier).Where(p => p.Key != "code_challenge_method").ToList();
        if (method is not null)
        {
            parameters.Add(new("code_challenge_method", method));
        }

        var response = await flow.Http.GetAsync(OAuthCalls.AuthorizeUrl(parameters));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = OAuthCalls.RedirectQuery(response);
        Assert.Equal("invalid_request", query["error"]);
        Assert.Equal("state-123", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/callback/")]
    [InlineData("http://127.0.0.1:9/callback?x=1")]
    [InlineData("http://evil.example/callback")]
    [InlineData("HTTP://127.0.0.1:9/callback")]
    public async Task Redirect_uri_mismatch_shows_an_error_page_and_never_redirects(string redirectUri)
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, challenge) = OAuthCalls.NewPkce();
        var parameters = CodeFlowScenario.AuthorizeParameters(challenge).Where(p => p.Key != "redirect_uri").Append(new("redirect_uri", redirectUri));

        var response = await flow.Http.GetAsync(OAuthCalls.AuthorizeUrl(parameters));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("redirect URI is not registered", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_request_with_a_different_redirect_uri_is_refused()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (verifier, challenge) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);

        var (status, body, _) = await flow.RedeemAsync(code, verifier, "http://127.0.0.1:9/other");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Reused_code_is_refused_and_revokes_the_tokens_it_issued()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (verifier, challenge) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);
        var first = await flow.RedeemAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var accessToken = first.Body.GetProperty("access_token").GetString()!;
        var refreshToken = first.Body.GetProperty("refresh_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await flow.UserinfoAsync(accessToken)).StatusCode);

        var second = await flow.RedeemAsync(code, verifier);

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("invalid_grant", second.Body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await flow.UserinfoAsync(accessToken)).StatusCode);
        var refresh = await flow.RefreshAsync(refreshToken);
        Assert.Equal("invalid_grant", refresh.Body.GetProperty("error").GetString());
        var reuse = Assert.Single(flow.Server.Audit.Named(AuditEventNames.AuthorizationCodeReuse));
        Assert.Equal(flow.Server.TenantA, reuse.TenantId);
        Assert.Equal(CodeFlowScenario.ClientId, reuse.ClientId);
    }

    [Fact]
    public async Task Code_older_than_60_seconds_is_refused()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster, new Dictionary<string, string> { ["AuthorizationCodeLifetime"] = "00:10:00" });
        var (verifier, challenge) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);

        // Configured at 10 minutes, but the service caps codes at 60 seconds.
        flow.Server.Clock.Advance(TimeSpan.FromSeconds(61));
        var (status, body, _) = await flow.RedeemAsync(code, verifier);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Code_within_its_lifetime_is_accepted()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (verifier, challenge) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);

        flow.Server.Clock.Advance(TimeSpan.FromSeconds(50));
        var (status, _, _) = await flow.RedeemAsync(code, verifier);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Code_issued_to_one_client_cannot_be_redeemed_by_another()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var otherSecret = await flow.Server.AddClientAsync("other-web", flow.Server.TenantA, [], ["authorization_code"], ["openid", "api"], [CodeFlowScenario.RedirectUri]);
        var (verifier, challenge) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);

        var (status, body, _) = await OAuthCalls.TokenAsync(flow.Http,
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", CodeFlowScenario.RedirectUri), new("code_verifier", verifier)],
            "other-web", otherSecret);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task R_TEN_03_user_of_a_suspended_tenant_cannot_sign_in()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        await flow.Server.AddClientAsync("platform-web", null, [], ["authorization_code"], ["openid", "api"], [CodeFlowScenario.RedirectUri]);
        await flow.Server.AddUserAsync("gina", "gamma password 123", flow.Server.SuspendedTenant, ["AGENT"]);
        var (_, challenge) = OAuthCalls.NewPkce();
        var parameters = CodeFlowScenario.AuthorizeParameters(challenge).Where(p => p.Key != "client_id").Append(new("client_id", "platform-web"));

        var response = await OAuthCalls.SignInAsync(flow.Http, parameters, "gina", "gamma password 123");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("suspended", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task R_TEN_01_user_of_another_tenant_is_refused_by_a_tenant_bound_client_and_audited()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        await flow.Server.AddUserAsync("bob", "beta password 123", flow.Server.TenantB, ["AGENT"]);
        var (_, challenge) = OAuthCalls.NewPkce();

        var response = await OAuthCalls.SignInAsync(flow.Http, CodeFlowScenario.AuthorizeParameters(challenge), "bob", "beta password 123");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = OAuthCalls.RedirectQuery(response);
        Assert.Equal("access_denied", query["error"]);
        Assert.False(query.ContainsKey("code"));
        var mismatch = Assert.Single(flow.Server.Audit.Named(AuditEventNames.TenantMismatch));
        Assert.Equal(flow.Server.TenantA, mismatch.TenantId);
        Assert.Equal(CodeFlowScenario.ClientId, mismatch.ClientId);
    }

    [Fact]
    public async Task Sign_in_form_without_the_antiforgery_token_is_refused()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, challenge) = OAuthCalls.NewPkce();
        var fields = CodeFlowScenario.AuthorizeParameters(challenge).Append(new("username", CodeFlowScenario.UserName)).Append(new("password", CodeFlowScenario.Password));

        var response = await flow.Http.PostAsync("/connect/authorize", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
