using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Hosting;
using Platform.Identity.Keys;

namespace Platform.Identity.Tokens;

/// <summary>Signs access tokens per RFC 9068 (typ at+jwt) and OpenID Connect ID tokens.</summary>
public sealed class AccessTokenIssuer(SigningKeyRing keys, TimeProvider clock, IOptions<TokenServiceOptions> options)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Signs an access token for the API audience.</summary>
    public async Task<IssuedToken> IssueAccessTokenAsync(TokenSubject subject, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expires = now + settings.EffectiveAccessTokenLifetime;
        var tokenId = NewTokenId();
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = subject.Subject,
            [JwtRegisteredClaimNames.Jti] = tokenId,
            [TokenClaimNames.ClientId] = subject.ClientId,
            [TokenClaimNames.Scope] = subject.Scope,
            [TokenClaimNames.Roles] = subject.Roles.ToArray(),
        };
        if (subject.TenantId is { } tenantId)
        {
            claims[TokenClaimNames.TenantId] = tenantId.ToString();
        }

        if (subject.AuthenticatedAt is { } authTime)
        {
            claims[JwtRegisteredClaimNames.AuthTime] = authTime.ToUnixTimeSeconds();
        }

        var key = await keys.GetSigningKeyAsync(ct);
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = TokenClaimNames.AccessTokenType,
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
        });
        return new IssuedToken(token, tokenId, expires);
    }

    /// <summary>Signs an ID token for an OpenID Connect client (audience = the client).</summary>
    public async Task<IssuedToken> IssueIdTokenAsync(TokenSubject subject, string? nonce, string accessToken, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expires = now + settings.IdTokenLifetime;
        var tokenId = NewTokenId();
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = subject.Subject,
            [JwtRegisteredClaimNames.Jti] = tokenId,
            [JwtRegisteredClaimNames.AtHash] = HalfHash(accessToken),
            [TokenClaimNames.Roles] = subject.Roles.ToArray(),
        };
        if (nonce is not null)
        {
            claims[JwtRegisteredClaimNames.Nonce] = nonce;
        }

        if (subject.TenantId is { } tenantId)
        {
            claims[TokenClaimNames.TenantId] = tenantId.ToString();
        }

        if (subject.AuthenticatedAt is { } authTime)
        {
            claims[JwtRegisteredClaimNames.AuthTime] = authTime.ToUnixTimeSeconds();
        }

        if (subject.UserName is not null)
        {
            claims["preferred_username"] = subject.UserName;
        }

        var key = await keys.GetSigningKeyAsync(ct);
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "JWT",
            Issuer = settings.Issuer,
            Audience = subject.ClientId,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
        });
        return new IssuedToken(token, tokenId, expires);
    }

    private static string NewTokenId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    // at_hash: left half of SHA-256 of the access token (OIDC Core 3.1.3.6, ES256 uses SHA-256).
    private static string HalfHash(string value)
    {
        var hash = SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(value));
        return Base64UrlEncoder.Encode(hash.AsSpan(0, hash.Length / 2).ToArray());
    }
}
