using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Identity.Auditing;
using Platform.Identity.Hosting;
using Platform.Identity.Persistence;
using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>authorization_code with PKCE S256: codes are single-use and short-lived; a replayed code revokes what it granted.</summary>
public sealed class AuthorizationCodeGrant(
    TokenServiceDbContext db,
    GrantTokenMint mint,
    GrantRevocation revocation,
    TenantGate tenantGate,
    AuditTrail audit,
    TimeProvider clock,
    IOptions<TokenServiceOptions> options)
{
    /// <summary>The grant_type value.</summary>
    public const string GrantType = "authorization_code";

    /// <summary>Redeems the code or returns the OAuth error.</summary>
    public async Task<(TokenResponse? Response, OAuthError? Error)> HandleAsync(ClientApplication client, OAuthForm form, CancellationToken ct)
    {
        if (!client.GrantTypes.Contains(GrantType))
        {
            return (null, OAuthError.UnauthorizedClient("This client may not use authorization_code."));
        }

        var code = form["code"];
        if (code is null)
        {
            return (null, OAuthError.InvalidRequest("code is required."));
        }

        var now = clock.GetUtcNow();
        var codeHash = OpaqueToken.Hash(code);

        // Consuming is one atomic statement, so two concurrent redemptions cannot both succeed.
        var consumed = await db.AuthorizationCodes
            .Where(c => c.CodeHash == codeHash && c.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedAt, now), ct);
        var stored = await db.AuthorizationCodes.AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == codeHash, ct);
        if (stored is null)
        {
            return (null, OAuthError.InvalidGrant("The authorization code is invalid."));
        }

        if (consumed == 0)
        {
            await revocation.RevokeByCodeAsync(codeHash, "authorization code reused", ct);
            audit.Raise(AuditEventNames.AuthorizationCodeReuse, stored.TenantId, client.ClientId, stored.UserId.ToString());
            return (null, OAuthError.InvalidGrant("The authorization code was already used."));
        }

        if (stored.ClientId != client.ClientId)
        {
            return (null, OAuthError.InvalidGrant("The authorization code was issued to another client."));
        }

        if (stored.ExpiresAt <= now)
        {
            return (null, OAuthError.InvalidGrant("The authorization code has expired."));
        }

        if (form["redirect_uri"] != stored.RedirectUri)
        {
            return (null, OAuthError.InvalidGrant("redirect_uri does not match the authorization request."));
        }

        if (!Pkce.Verify(form["code_verifier"], stored.CodeChallenge))
        {
            return (null, OAuthError.InvalidGrant("The PKCE code_verifier is missing or does not match."));
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == stored.UserId, ct);
        if (user is null)
        {
            return (null, OAuthError.InvalidGrant("The user no longer exists."));
        }

        if (!await tenantGate.AllowsAsync(user.TenantId, client.ClientId, ct))
        {
            return (null, OAuthError.InvalidGrant("The user's tenant is suspended."));
        }

        var grant = new TokenGrant
        {
            Id = Guid.NewGuid(),
            ClientId = client.ClientId,
            UserId = user.Id,
            TenantId = user.TenantId,
            Scope = stored.Scope,
            AuthorizationCodeHash = codeHash,
            AuthenticatedAt = stored.AuthenticatedAt,
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.Grants.Add(grant);
        var response = await mint.MintAsync(grant, user, client, stored.Scope, stored.Nonce, withIdToken: true, GrantType, ct);
        return (response, null);
    }
}
