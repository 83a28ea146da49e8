using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Auditing;
using Platform.Identity.Endpoints;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;

namespace Platform.Identity.Clients;

/// <summary>Authenticates the client of a token or revocation request (client_secret_basic, client_secret_post, or public client id).</summary>
public sealed class ClientAuthentication(TokenServiceDbContext db, AuditTrail audit)
{
    /// <summary>The authenticated client, or invalid_client (audited).</summary>
    public async Task<(ClientApplication? Client, OAuthError? Error)> AuthenticateAsync(HttpRequest request, OAuthForm form, CancellationToken ct)
    {
        string? clientId;
        string? secret;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            if (form["client_secret"] is not null || !TryParseBasic(header, out clientId, out secret)
                || (form["client_id"] is { } formClientId && formClientId != clientId))
            {
                return Fail(form["client_id"], null, "malformed or duplicated client credentials");
            }
        }
        else
        {
            clientId = form["client_id"];
            secret = form["client_secret"];
        }

        if (clientId is null)
        {
            return Fail(null, null, "no client id");
        }

        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null)
        {
            return Fail(clientId, null, "unknown client");
        }

        if (client.SecretHash is null)
        {
            // A public client proves nothing; it may only use grants that PKCE or refresh-token rotation protect.
            return secret is null ? (client, null) : Fail(clientId, client.TenantId, "secret sent for a public client");
        }

        if (secret is null || !OpaqueToken.Matches(secret, client.SecretHash))
        {
            return Fail(clientId, client.TenantId, "wrong secret");
        }

        return (client, null);
    }

    private (ClientApplication?, OAuthError?) Fail(string? clientId, Guid? tenantId, string reason)
    {
        audit.Raise(AuditEventNames.ClientAuthenticationFailed, tenantId, clientId is null ? null : OAuthForm.Truncate(clientId), detail: reason);
        return (null, OAuthError.InvalidClient());
    }

    private static bool TryParseBasic(string header, out string? clientId, out string? secret)
    {
        clientId = null;
        secret = null;
        try
        {
            var parameter = AuthenticationHeaderValue.Parse(header).Parameter;
            if (parameter is null)
            {
                return false;
            }

            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }

            // RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
            clientId = Uri.UnescapeDataString(decoded[..colon].Replace('+', ' '));
            secret = Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' '));
            return clientId.Length > 0 && secret.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
