using Platform.Identity.Auditing;
using Platform.Identity.Persistence;
using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>client_credentials: a service client gets a token for its own fixed tenant and roles.</summary>
public sealed class ClientCredentialsGrant(AccessTokenIssuer issuer, TenantGate tenantGate, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The grant_type value.</summary>
    public const string GrantType = "client_credentials";

    /// <summary>Issues the token or returns the OAuth error.</summary>
    public async Task<(TokenResponse? Response, OAuthError? Error)> HandleAsync(ClientApplication client, OAuthForm form, CancellationToken ct)
    {
        if (client.SecretHash is null || !client.GrantTypes.Contains(GrantType))
        {
            return (null, OAuthError.UnauthorizedClient("This client may not use client_credentials."));
        }

        // Machine tokens carry no user, so OpenID scopes make no sense for them.
        var allowed = client.AllowedScopes.Where(s => s is not ScopeSet.OpenId and not ScopeSet.OfflineAccess and not ScopeSet.Profile).ToArray();
        var scopes = ScopeSet.Grant(form["scope"], allowed, allowed);
        if (scopes is null)
        {
            return (null, OAuthError.InvalidScope("A requested scope is not allowed for this client."));
        }

        if (!await tenantGate.AllowsAsync(client.TenantId, client.ClientId, ct))
        {
            return (null, OAuthError.UnauthorizedClient("The client's tenant is suspended."));
        }

        var scope = ScopeSet.Join(scopes);
        var token = await issuer.IssueAccessTokenAsync(new TokenSubject(client.ClientId, client.ClientId, client.TenantId, client.Roles, scope), ct);
        audit.Raise(AuditEventNames.TokenIssued, client.TenantId, client.ClientId, client.ClientId, GrantType);
        var expiresIn = (int)Math.Round((token.ExpiresAt - clock.GetUtcNow()).TotalSeconds);
        return (new TokenResponse(token.Value, expiresIn, scope), null);
    }
}
