using System.Security.Claims;

namespace Platform.Api.Authentication;

/// <summary>Claim names of platform access tokens and reading them from a principal.</summary>
public static class PlatformClaims
{
    public const string TenantId = "tenant_id";
    public const string Roles = "roles";
    public const string Subject = "sub";
    public const string ClientId = "client_id";

    /// <summary>The tenant of the caller, taken only from the validated token; null for platform principals.</summary>
    public static Guid? GetTenantId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(TenantId)?.Value, out var id) ? id : null;
}
