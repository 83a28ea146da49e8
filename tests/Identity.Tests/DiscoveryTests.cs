using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class DiscoveryTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Discovery_advertises_only_supported_grants_S256_and_asymmetric_algorithms()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var http = server.CreateClient();

        var document = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(server.BaseUrl, document.GetProperty("issuer").GetString());
        Assert.Equal(server.BaseUrl + "/.well-known/jwks.json", document.GetProperty("jwks_uri").GetString());
        Assert.Equal(server.BaseUrl + "/connect/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal(
            ["authorization_code", "client_credentials", "refresh_token"],
            Strings(document, "grant_types_supported").Order());
        Assert.Equal(["S256"], Strings(document, "code_challenge_methods_supported"));
        Assert.Equal(["code"], Strings(document, "response_types_supported"));
        Assert.All(Strings(document, "id_token_signing_alg_values_supported"), alg => Assert.Contains(alg, new[] { "ES256", "RS256", "PS256" }));
        Assert.DoesNotContain("password", Strings(document, "grant_types_supported"));
        Assert.DoesNotContain("implicit", Strings(document, "grant_types_supported"));
    }

    [Fact]
    public async Task Jwks_publishes_public_asymmetric_keys_without_private_parts()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var http = server.CreateClient();

        var keys = JsonDocument.Parse(await http.GetStringAsync("/.well-known/jwks.json")).RootElement.GetProperty("keys");

        Assert.Equal(1, keys.GetArrayLength());
        var key = keys[0];
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal("ES256", key.GetProperty("alg").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _), "the private part must never be published");
    }

    [Fact]
    public async Task Signing_keys_are_stored_encrypted_under_the_master_key()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.TokenServiceDbContext>();
        var stored = Assert.Single(db.SigningKeys.ToList());

        var plaintext = server.Services.GetRequiredService<Keys.SigningKeyProtector>().Unprotect(stored.ProtectedPrivateKey, stored.KeyId);
        using var ecdsa = System.Security.Cryptography.ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(plaintext, out _);
        Assert.True(stored.ProtectedPrivateKey.AsSpan().IndexOf(plaintext.AsSpan(plaintext.Length - 32)) < 0, "the private key must not appear in clear");
        var wrongKey = new Keys.SigningKeyProtector(new Platform.Domain.Security.MasterKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => wrongKey.Unprotect(stored.ProtectedPrivateKey, stored.KeyId));
    }

    private static string[] Strings(JsonElement document, string property) =>
        document.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
