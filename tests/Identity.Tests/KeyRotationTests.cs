using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Persistence;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class KeyRotationTests(PostgresCluster cluster)
{
    // Key signs 20 min, announced 5 min ahead; tokens live 5 min; so a key is published until 20 + 5 + 5 (skew) = 30 min.
    private static readonly Dictionary<string, string> FastRotation = new()
    {
        ["SigningKeyLifetime"] = "00:20:00",
        ["SigningKeyAnnouncement"] = "00:05:00",
        ["AccessTokenLifetime"] = "00:05:00",
        ["IdTokenLifetime"] = "00:05:00",
    };

    [Fact]
    public async Task New_key_is_published_before_it_signs_and_old_tokens_validate_until_their_key_is_removed()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster, FastRotation);
        var secret = await server.AddClientAsync("svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();
        async Task<JsonWebToken> TokenAsync()
        {
            var (status, body, _) = await OAuthCalls.ClientCredentialsAsync(http, "svc", secret!);
            Assert.Equal(HttpStatusCode.OK, status);
            return new JsonWebToken(body.GetProperty("access_token").GetString());
        }

        var firstKey = (await TokenAsync()).Kid;
        Assert.Equal([firstKey], (await OAuthCalls.FetchJwksAsync(http)).Select(k => k.Kid));

        // t = 16 min: inside the announcement window the successor is published but does not sign yet.
        server.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(firstKey, (await TokenAsync()).Kid);
        var published = (await OAuthCalls.FetchJwksAsync(http)).Select(k => k.Kid).ToList();
        Assert.Equal(2, published.Count);
        var secondKey = Assert.Single(published, kid => kid != firstKey);

        // t = 19 min: last token of the first key.
        server.Clock.Advance(TimeSpan.FromMinutes(3));
        var oldToken = await TokenAsync();
        Assert.Equal(firstKey, oldToken.Kid);

        // t = 21 min: the second key signs; the old token still validates through the JWKS.
        server.Clock.Advance(TimeSpan.FromMinutes(2));
        var newToken = await TokenAsync();
        Assert.Equal(secondKey, newToken.Kid);
        var oldStillValid = await OAuthCalls.ValidateAccessTokenAsync(http, oldToken.EncodedToken, server.BaseUrl, server.Clock.GetUtcNow());
        Assert.True(oldStillValid.IsValid, oldStillValid.Exception?.Message);
        Assert.Contains(firstKey, (await OAuthCalls.FetchJwksAsync(http)).Select(k => k.Kid));

        // t = 31 min: the first key is gone; its token fails on the signature even with lifetime checks off.
        server.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.DoesNotContain(firstKey, (await OAuthCalls.FetchJwksAsync(http)).Select(k => k.Kid));
        var removed = await OAuthCalls.ValidateAccessTokenAsync(http, oldToken.EncodedToken, server.BaseUrl, server.Clock.GetUtcNow(), checkLifetime: false);
        Assert.False(removed.IsValid);
        Assert.IsAssignableFrom<Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException>(removed.Exception);
        var stillPublished = await OAuthCalls.ValidateAccessTokenAsync(http, newToken.EncodedToken, server.BaseUrl, server.Clock.GetUtcNow(), checkLifetime: false);
        Assert.True(stillPublished.IsValid);

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TokenServiceDbContext>();
        Assert.False(await db.SigningKeys.AnyAsync(k => k.KeyId == firstKey));
    }

    [Fact]
    public async Task Expired_access_token_fails_validation()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster, FastRotation);
        var secret = await server.AddClientAsync("svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();
        var token = (await OAuthCalls.ClientCredentialsAsync(http, "svc", secret!)).Body.GetProperty("access_token").GetString()!;

        server.Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.False((await OAuthCalls.ValidateAccessTokenAsync(http, token, server.BaseUrl, server.Clock.GetUtcNow())).IsValid);
    }

    [Fact]
    public async Task Two_instances_on_one_database_share_the_keys()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var ring = server.Services.GetRequiredService<Keys.SigningKeyRing>();
        var first = await ring.GetSigningKeyAsync(CancellationToken.None);

        // A second refresh (as another instance would do) must not create a competing signer.
        var snapshot = await ring.RefreshAsync(CancellationToken.None);

        Assert.Single(snapshot.Keys);
        Assert.Equal(first.KeyId, snapshot.SignerAt(server.Clock.GetUtcNow())!.KeyId);
    }
}
