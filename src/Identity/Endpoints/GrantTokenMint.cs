using Platform.Identity.Auditing;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>Issues the access, refresh and ID tokens of a person's grant and records them so the family can be revoked.</summary>
public sealed class GrantTokenMint(TokenServiceDbContext db, AccessTokenIssuer issuer, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Mints tokens for the grant; the caller's unit of work is saved here.</summary>
    public async Task<TokenResponse> MintAsync(TokenGrant grant, UserAccount user, ClientApplication client, string scope, string? nonce, bool withIdToken, string grantType, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var subject = new TokenSubject(user.Id.ToString(), client.ClientId, user.TenantId, user.Roles, scope, grant.AuthenticatedAt, user.UserName);
        var access = await issuer.IssueAccessTokenAsync(subject, ct);
        db.IssuedAccessTokens.Add(new IssuedAccessToken { TokenId = access.TokenId, GrantId = grant.Id, ExpiresAt = access.ExpiresAt });

        string? refresh = null;
        if (client.GrantTypes.Contains(RefreshTokenGrant.GrantType))
        {
            refresh = OpaqueToken.Create();
            db.RefreshTokens.Add(new RefreshToken { TokenHash = OpaqueToken.Hash(refresh), GrantId = grant.Id, CreatedAt = now });
        }

        string? idToken = null;
        if (withIdToken && ScopeSet.Parse(scope).Contains(ScopeSet.OpenId))
        {
            idToken = (await issuer.IssueIdTokenAsync(subject, nonce, access.Value, ct)).Value;
        }

        await db.SaveChangesAsync(ct);
        audit.Raise(AuditEventNames.TokenIssued, user.TenantId, client.ClientId, user.Id.ToString(), grantType);
        var expiresIn = (int)Math.Round((access.ExpiresAt - now).TotalSeconds);
        return new TokenResponse(access.Value, expiresIn, scope, refresh, idToken);
    }
}
