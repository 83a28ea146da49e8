using System.Security.Claims;
using Platform.Api.Authentication;

namespace Platform.Api.Callers;

/// <summary>Reads role names as the token service writes them (<c>COMPLAINT_HANDLER</c>) or as .NET names (<c>ComplaintHandler</c>).</summary>
public static class RoleNames
{
    /// <summary>The role named, or false for a name this API does not know.</summary>
    public static bool TryParse(string? name, out Role role)
    {
        role = default;
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetter(c) || c == '_'))
        {
            // Enum.TryParse would also accept numbers and comma-separated combinations; a role is only ever one name.
            return false;
        }

        return Enum.TryParse(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    /// <summary>The known roles of the principal's <c>roles</c> claims, without duplicates; unknown names are left out.</summary>
    public static IReadOnlyList<Role> Of(ClaimsPrincipal principal)
    {
        var roles = new List<Role>();
        foreach (var claim in principal.FindAll(PlatformClaims.Roles))
        {
            if (TryParse(claim.Value, out var role) && !roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles;
    }
}
