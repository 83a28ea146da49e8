using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Hosting;
using Platform.Identity.Keys;

namespace Platform.Identity.Tokens;

/// <summary>Validates this service's own access tokens (for userinfo and revocation) against the published keys.</summary>
public sealed class AccessTokenValidator(SigningKeyRing keys, TimeProvider clock, IOptions<TokenServiceOptions> options)
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    /// <summary>The token's claims when it is a valid, unexpired access token of this issuer; otherwise null.</summary>
    public async Task<ClaimsIdentity?> ValidateAsync(string token, CancellationToken ct)
    {
        var published = await keys.GetPublishedKeysAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Value.Issuer,
            ValidAudience = options.Value.Audience,
            IssuerSigningKeys = published.Select(jwk => new JsonWebKey(jwk)).ToList(),
            ValidTypes = [TokenClaimNames.AccessTokenType],
            ValidAlgorithms = [SigningKeyFactory.Algorithm],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => (notBefore is null || notBefore <= now) && expires > now,
        };
        var result = await Handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? result.ClaimsIdentity : null;
    }
}
