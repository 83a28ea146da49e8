using System.Net;
using Platform.Identity.Auditing;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class RefreshTokenTests(PostgresCluster cluster)
{
    private static async Task<(string Access, string Refresh)> SignInAsync(CodeFlowScenario flow)
    {
        var (verifier, challenge) = OAuthCalls.NewPkce();
        var code = await flow.GetCodeAsync(challenge);
        var (status, body, _) = await flow.RedeemAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, status);
        return (body.GetProperty("access_token").GetString()!, body.GetProperty("refresh_token").GetString()!);
    }

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_issues_a_new_access_token()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (access, refresh) = await SignInAsync(flow);

        var (status, body, _) = await flow.RefreshAsync(refresh);

        Assert.Equal(HttpStatusCode.OK, status);
        var newRefresh = body.GetProperty("refresh_token").GetString()!;
        var newAccess = body.GetProperty("access_token").GetString()!;
        Assert.NotEqual(refresh, newRefresh);
        Assert.NotEqual(access, newAccess);
        Assert.True((await OAuthCalls.ValidateAccessTokenAsync(flow.Http, newAccess, flow.Server.BaseUrl, flow.Server.Clock.GetUtcNow())).IsValid);
        Assert.Equal(HttpStatusCode.OK, (await flow.RefreshAsync(newRefresh)).Status);
    }

    [Fact]
    public async Task Reusing_a_refresh_token_revokes_the_whole_family()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, original) = await SignInAsync(flow);
        var rotated = (await flow.RefreshAsync(original)).Body;
        var currentRefresh = rotated.GetProperty("refresh_token").GetString()!;
        var currentAccess = rotated.GetProperty("access_token").GetString()!;

        var replay = await flow.RefreshAsync(original);

        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal("invalid_grant", replay.Body.GetProperty("error").GetString());
        var afterReplay = await flow.RefreshAsync(currentRefresh);
        Assert.Equal("invalid_grant", afterReplay.Body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await flow.UserinfoAsync(currentAccess)).StatusCode);
        var replayEvent = Assert.Single(flow.Server.Audit.Named(AuditEventNames.RefreshTokenReplay));
        Assert.Equal(flow.Server.TenantA, replayEvent.TenantId);
        Assert.Equal(CodeFlowScenario.ClientId, replayEvent.ClientId);
    }

    [Fact]
    public async Task Another_clients_refresh_token_is_refused_and_a_cross_tenant_attempt_is_audited()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, refresh) = await SignInAsync(flow);
        var otherSecret = await flow.Server.AddClientAsync("beta-web", flow.Server.TenantB, [], ["authorization_code", "refresh_token"], ["openid", "api"], ["http://127.0.0.1:9/b"]);

        var (status, body, _) = await OAuthCalls.TokenAsync(flow.Http, [new("grant_type", "refresh_token"), new("refresh_token", refresh)], "beta-web", otherSecret);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        var mismatch = Assert.Single(flow.Server.Audit.Named(AuditEventNames.TenantMismatch));
        Assert.Equal(flow.Server.TenantB, mismatch.TenantId);
        Assert.Equal("beta-web", mismatch.ClientId);
        Assert.Equal(HttpStatusCode.OK, (await flow.RefreshAsync(refresh)).Status);
    }

    [Fact]
    public async Task R_TEN_03_refresh_is_refused_once_the_tenant_is_suspended()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, refresh) = await SignInAsync(flow);
        await flow.Server.ExecuteAsOwnerAsync("UPDATE tenants SET status = 'Suspended' WHERE id = $1", flow.Server.TenantA);
        flow.Server.Clock.Advance(TimeSpan.FromSeconds(3));

        var (status, body, _) = await flow.RefreshAsync(refresh);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Refresh_family_expires_after_its_absolute_lifetime()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster, new Dictionary<string, string> { ["RefreshTokenLifetime"] = "01:00:00" });
        var (_, refresh) = await SignInAsync(flow);

        flow.Server.Clock.Advance(TimeSpan.FromMinutes(61));
        var (status, body, _) = await flow.RefreshAsync(refresh);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Revocation_endpoint_ends_the_family_and_answers_200_for_unknown_tokens()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (access, refresh) = await SignInAsync(flow);

        var unknown = await OAuthCalls.TokenAsync(flow.Http, [new("token", "not-a-token")], CodeFlowScenario.ClientId, flow.Secret, "/connect/revocation");
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(HttpStatusCode.OK, (await flow.UserinfoAsync(access)).StatusCode);

        var revoked = await OAuthCalls.TokenAsync(flow.Http, [new("token", refresh), new("token_type_hint", "refresh_token")], CodeFlowScenario.ClientId, flow.Secret, "/connect/revocation");

        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal("invalid_grant", (await flow.RefreshAsync(refresh)).Body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await flow.UserinfoAsync(access)).StatusCode);
    }

    [Fact]
    public async Task Revoking_an_access_token_ends_its_grant()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (access, refresh) = await SignInAsync(flow);

        var revoked = await OAuthCalls.TokenAsync(flow.Http, [new("token", access)], CodeFlowScenario.ClientId, flow.Secret, "/connect/revocation");

        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal("invalid_grant", (await flow.RefreshAsync(refresh)).Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Revocation_requires_client_authentication()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);
        var (_, refresh) = await SignInAsync(flow);

        var refused = await OAuthCalls.TokenAsync(flow.Http, [new("token", refresh)], CodeFlowScenario.ClientId, "wrong-secret", "/connect/revocation");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(HttpStatusCode.OK, (await flow.RefreshAsync(refresh)).Status);
    }
}
