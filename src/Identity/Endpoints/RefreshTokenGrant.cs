using Microsoft.EntityFrameworkCore;
using Platform.Identity.Auditing;
using Platform.Identity.Persistence;
using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>refresh_token with rotation: each refresh token works once; presenting a used one revokes its whole family.</summary>
public sealed class RefreshTokenGrant(
    TokenServiceDbContext db,
    GrantTokenMint mint,
    GrantRevocation revocation,
    TenantGate tenantGate,
    AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>The grant_type value.</summary>
    public const string GrantType = "refresh_token";

    /// <summary>Rotates the refresh token or returns the OAuth error.</summary>
    public async Task<(TokenResponse? Response, OAuthError? Error)> HandleAsync(ClientApplication client, OAuthForm form, CancellationToken ct)
    {
        if (!client.GrantTypes.Contains(GrantType))
        {
            return (null, OAuthError.UnauthorizedClient("This client may not use refresh_token."));
        }

        var presented = form["refresh_token"];
        if (presented is null)
        {
            return (null, OAuthError.InvalidRequest("refresh_token is required."));
        }

        var now = clock.GetUtcNow();
        var tokenHash = OpaqueToken.Hash(presented);
        var stored = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == tokenHash, ct);
        var grant = stored is null ? null : await db.Grants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == stored.GrantId, ct);
        if (stored is null || grant is null)
        {
            return (null, OAuthError.InvalidGrant("The refresh token is invalid."));
        }

        if (grant.ClientId != client.ClientId)
        {
            if (client.TenantId is not null && client.TenantId != grant.TenantId)
            {
                audit.Raise(AuditEventNames.TenantMismatch, client.TenantId, client.ClientId, grant.UserId.ToString(), $"refresh token of tenant {grant.TenantId}");
            }

            return (null, OAuthError.InvalidGrant("The refresh token was issued to another client."));
        }

        var consumed = await db.RefreshTokens
            .Where(t => t.TokenHash == tokenHash && t.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConsumedAt, now), ct);
        if (consumed == 0)
        {
            // Either the legitimate client or a thief holds a copy: end the family so neither keeps access.
            await revocation.RevokeAsync(grant.Id, "refresh token replayed", ct);
            audit.Raise(AuditEventNames.RefreshTokenReplay, grant.TenantId, client.ClientId, grant.UserId.ToString());
            return (null, OAuthError.InvalidGrant("The refresh token was already used."));
        }

        if (grant.RevokedAt is not null || grant.ExpiresAt <= now)
        {
            return (null, OAuthError.InvalidGrant("The refresh token is revoked or expired."));
        }

        var grantedScopes = ScopeSet.Parse(grant.Scope);
        var scopes = ScopeSet.Grant(form["scope"], grantedScopes, grantedScopes);
        if (scopes is null)
        {
            return (null, OAuthError.InvalidScope("A refresh may only narrow the original scope."));
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == grant.UserId, ct);
        if (user is null)
        {
            return (null, OAuthError.InvalidGrant("The user no longer exists."));
        }

        if (!await tenantGate.AllowsAsync(user.TenantId, client.ClientId, ct))
        {
            return (null, OAuthError.InvalidGrant("The user's tenant is suspended."));
        }

        var response = await mint.MintAsync(grant, user, client, ScopeSet.Join(scopes), nonce: null, withIdToken: false, GrantType, ct);
        return (response, null);
    }
}
