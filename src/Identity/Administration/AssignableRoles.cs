using Platform.Identity.Users;

namespace Platform.Identity.Administration;

/// <summary>
/// Which role names administrators may hand out: the staff roles of a tenant. PLATFORM_ADMIN is never assignable
/// through administration, and CUSTOMER accounts belong to self-service enrolment, not to staff administration.
/// </summary>
public static class AssignableRoles
{
    /// <summary>Roles a tenant admin may give to users and service clients of their tenant.</summary>
    public static readonly IReadOnlySet<string> Staff = PlatformRoles.TenantRoles.Where(r => r != PlatformRoles.Customer).ToHashSet(StringComparer.Ordinal);

    /// <summary>The refusal for the first unknown or unassignable role, or null when every role may be given; an empty list is refused.</summary>
    public static AdministrationRefusal? Check(IReadOnlyList<string>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            return AdministrationRefusal.Invalid("NO_ROLES", "At least one role is required.");
        }

        var unknown = roles.FirstOrDefault(r => !Staff.Contains(r));
        return unknown is null
            ? null
            : AdministrationRefusal.Invalid("UNKNOWN_ROLE", $"'{Truncate(unknown)}' is not a role that can be assigned; use one of {string.Join(", ", Staff.Order(StringComparer.Ordinal))}.");
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
