using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;
using Platform.Identity.Users;

namespace Platform.Identity.Administration;

/// <summary>
/// The person or service client asking for an administrative change, read from the platform access token the API
/// forwards (the caller's own token, never a privileged credential of the API).
/// </summary>
public sealed record AdministrationCaller(string Subject, Guid? TenantId, IReadOnlyList<string> Roles)
{
    /// <summary>A tenant admin acting inside their own tenant.</summary>
    public bool IsTenantAdmin => TenantId is not null && Roles.Contains(PlatformRoles.TenantAdmin);

    /// <summary>The platform operator (no tenant).</summary>
    public bool IsPlatformAdmin => TenantId is null && Roles.Contains(PlatformRoles.PlatformAdmin);

    /// <summary>
    /// Validates the bearer token (issuer, signature, API audience, expiry) and refuses callers of a suspended tenant
    /// (R-TEN-03); returns the caller or the refusal to send.
    /// </summary>
    public static async Task<(AdministrationCaller? Caller, AdministrationRefusal? Refusal)> AuthenticateAsync(
        HttpContext http, AccessTokenValidator validator, TenantGate tenantGate)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, AdministrationRefusal.Unauthenticated());
        }

        var identity = await validator.ValidateAsync(header["Bearer ".Length..].Trim(), http.RequestAborted);
        if (identity is null)
        {
            return (null, AdministrationRefusal.Unauthenticated());
        }

        Guid? tenantId = null;
        if (identity.FindFirst(TokenClaimNames.TenantId)?.Value is { } tenantClaim)
        {
            if (!Guid.TryParse(tenantClaim, out var parsed))
            {
                return (null, AdministrationRefusal.Unauthenticated());
            }

            tenantId = parsed;
        }

        var clientId = identity.FindFirst(TokenClaimNames.ClientId)?.Value;
        if (!await tenantGate.AllowsAsync(tenantId, clientId, http.RequestAborted))
        {
            return (null, AdministrationRefusal.Forbidden("The caller's tenant is not active."));
        }

        var roles = identity.FindAll(TokenClaimNames.Roles).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToArray();
        return (new AdministrationCaller(identity.FindFirst("sub")?.Value ?? "", tenantId, roles), null);
    }
}
