using System.Security.Claims;
using Platform.Api.Authentication;

namespace Platform.Api.Callers;

/// <summary>The caller as the validated access token describes them (schema type <c>Viewer</c>).</summary>
public sealed record Viewer(string Subject, Guid? TenantId, IReadOnlyList<Role> Roles, string ClientId, DateTimeOffset TokenExpiresAt)
{
    /// <summary>Reads the viewer from an authenticated principal built by the token validation (claims are not mapped).</summary>
    public static Viewer FromPrincipal(ClaimsPrincipal principal)
    {
        var expires = long.TryParse(principal.FindFirst("exp")?.Value, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new InvalidOperationException("A validated access token always carries exp.");
        return new Viewer(
            principal.FindFirst(PlatformClaims.Subject)?.Value ?? "",
            principal.GetTenantId(),
            RoleNames.Of(principal),
            principal.FindFirst(PlatformClaims.ClientId)?.Value ?? "",
            expires);
    }
}
