using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Keys;
using Platform.Identity.Tests.Infrastructure;

namespace Platform.Identity.Tests.ApiAuthentication;

/// <summary>Builds the hostile tokens of issue 5: each differs from a valid token in exactly one way.</summary>
public static class TokenForgery
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Signs with the service's real current key, with valid claims unless <paramref name="adjust"/> changes them.</summary>
    public static async Task<string> SignWithRealKeyAsync(IdentityTestServer server, Guid tenantId, Action<SecurityTokenDescriptor>? adjust = null)
    {
        var key = await server.Services.GetRequiredService<SigningKeyRing>().GetSigningKeyAsync(CancellationToken.None);
        var descriptor = ValidDescriptor(server, tenantId);
        descriptor.SigningCredentials = key.Credentials;
        adjust?.Invoke(descriptor);
        return Handler.CreateToken(descriptor);
    }

    /// <summary>Creates the named hostile variant.</summary>
    public static async Task<string> CreateAsync(string kind, IdentityTestServer server, HttpClient identityHttp, Guid tenantId)
    {
        switch (kind)
        {
            case "wrong-audience":
                return await SignWithRealKeyAsync(server, tenantId, d => d.Audience = "some-other-api");
            case "wrong-issuer":
                return await SignWithRealKeyAsync(server, tenantId, d => d.Issuer = "http://127.0.0.1:1");
            case "id-token-typ":
                return await SignWithRealKeyAsync(server, tenantId, d => d.TokenType = "JWT");
            case "expired":
                return await SignWithRealKeyAsync(server, tenantId, d =>
                {
                    d.IssuedAt = d.NotBefore = DateTime.UtcNow.AddMinutes(-20);
                    d.Expires = DateTime.UtcNow.AddMinutes(-5);
                });
            case "alg-none":
                {
                    var valid = new JsonWebToken(await SignWithRealKeyAsync(server, tenantId));
                    var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "at+jwt", kid = valid.Kid }));
                    return header + "." + valid.EncodedPayload + ".";
                }

            case "hs256-public-key":
                {
                    // Algorithm confusion: HMAC keyed with the published public key (as JWK JSON and as raw key bytes).
                    var jwks = await OAuthCalls.FetchJwksAsync(identityHttp);
                    var published = jwks[0];
                    var secret = Encoding.UTF8.GetBytes(await identityHttp.GetStringAsync("/.well-known/jwks.json"));
                    var descriptor = ValidDescriptor(server, tenantId);
                    descriptor.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = published.Kid }, SecurityAlgorithms.HmacSha256);
                    return Handler.CreateToken(descriptor);
                }

            case "unknown-kid":
                {
                    using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                    var descriptor = ValidDescriptor(server, tenantId);
                    descriptor.SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(ecdsa) { KeyId = "not-published" }, SecurityAlgorithms.EcdsaSha256);
                    return Handler.CreateToken(descriptor);
                }

            case "tampered-payload":
                {
                    var valid = new JsonWebToken(await SignWithRealKeyAsync(server, tenantId));
                    var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(valid.EncodedPayload))!;
                    var tampered = payload.ToDictionary(p => p.Key, p => (object)p.Value);
                    tampered["roles"] = new[] { "COMPLIANCE_OFFICER" };
                    return valid.EncodedHeader + "." + Base64UrlEncoder.Encode(JsonSerializer.Serialize(tampered)) + "." + valid.EncodedSignature;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static SecurityTokenDescriptor ValidDescriptor(IdentityTestServer server, Guid tenantId)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            TokenType = "at+jwt",
            Issuer = server.BaseUrl,
            Audience = "insurer-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "forged-client",
                ["client_id"] = "forged-client",
                ["jti"] = Guid.NewGuid().ToString(),
                ["scope"] = "api",
                ["tenant_id"] = tenantId.ToString(),
                ["roles"] = new[] { "AGENT" },
            },
        };
    }
}
