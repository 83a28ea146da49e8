using Microsoft.EntityFrameworkCore;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>A validated authorization request (RFC 6749 §4.1.1 with PKCE and OIDC state/nonce).</summary>
public sealed record AuthorizationRequest(
    ClientApplication Client,
    string RedirectUri,
    string Scope,
    string? State,
    string? Nonce,
    string CodeChallenge)
{
    /// <summary>Parameter names carried from the authorize request to the login form and back.</summary>
    public static readonly string[] ParameterNames =
        ["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method"];

    /// <summary>
    /// Validates the parameters. Until client and redirect URI are known to match exactly, errors are shown to the user
    /// (never redirected, RFC 6749 §4.1.2.1); after that, errors go back to the client's redirect URI.
    /// </summary>
    public static async Task<AuthorizationValidation> ValidateAsync(OAuthForm form, TokenServiceDbContext db, CancellationToken ct)
    {
        var clientId = form["client_id"];
        var client = clientId is null ? null : await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null || !client.GrantTypes.Contains(AuthorizationCodeGrant.GrantType))
        {
            return AuthorizationValidation.ShowError("Unknown client.");
        }

        var redirectUri = form["redirect_uri"];
        if (redirectUri is null || !client.RedirectUris.Contains(redirectUri, StringComparer.Ordinal))
        {
            return AuthorizationValidation.ShowError("The redirect URI is not registered for this client.");
        }

        var state = form["state"];
        if (form["response_type"] != "code")
        {
            return AuthorizationValidation.Redirect(redirectUri, state, "unsupported_response_type", "Only response_type=code is supported.");
        }

        var challenge = form["code_challenge"];
        if (challenge is null || form["code_challenge_method"] != Pkce.S256 || !Pkce.IsWellFormedChallenge(challenge))
        {
            return AuthorizationValidation.Redirect(redirectUri, state, "invalid_request", "PKCE with code_challenge_method=S256 is required.");
        }

        var scopes = ScopeSet.Grant(form["scope"], client.AllowedScopes, [ScopeSet.OpenId]);
        if (scopes is null || scopes.Length == 0)
        {
            return AuthorizationValidation.Redirect(redirectUri, state, "invalid_scope", "A requested scope is not allowed for this client.");
        }

        return new AuthorizationValidation(new AuthorizationRequest(client, redirectUri, ScopeSet.Join(scopes), state, form["nonce"], challenge), null, null);
    }
}

/// <summary>Outcome of validating an authorization request: a request, an error page, or an error redirect.</summary>
public sealed record AuthorizationValidation(AuthorizationRequest? Request, string? ErrorPageMessage, AuthorizationRedirect? ErrorRedirect)
{
    public static AuthorizationValidation ShowError(string message) => new(null, message, null);

    public static AuthorizationValidation Redirect(string redirectUri, string? state, string error, string description) =>
        new(null, null, new AuthorizationRedirect(redirectUri, state, [("error", error), ("error_description", description)]));
}

/// <summary>A redirect back to the client with query parameters, always with state and iss (RFC 9207).</summary>
public sealed record AuthorizationRedirect(string RedirectUri, string? State, IReadOnlyList<(string Name, string Value)> Parameters)
{
    /// <summary>Builds the Location URL.</summary>
    public string ToLocation(string issuer)
    {
        var parameters = Parameters.ToList();
        if (State is not null)
        {
            parameters.Add(("state", State));
        }

        parameters.Add(("iss", issuer));
        var query = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        return RedirectUri + (RedirectUri.Contains('?') ? '&' : '?') + query;
    }
}
