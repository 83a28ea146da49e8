using Platform.Api.Callers;
using Platform.Domain.Staff;

namespace Platform.Api.Administration.Staff;

/// <summary>
/// Maps schema roles to the staff roles administrators may assign and to the token's claim values
/// (<c>TenantAdmin</c> ↔ <c>TENANT_ADMIN</c>). CUSTOMER and PLATFORM_ADMIN are never assigned through administration.
/// </summary>
public static class AssignableRole
{
    /// <summary>The staff role of a schema role, or null when the role cannot be assigned to staff.</summary>
    public static StaffRole? ToStaffRole(Role role) => Enum.TryParse<StaffRole>(role.ToString(), out var staff) ? staff : null;

    /// <summary>The schema role of a staff role.</summary>
    public static Role ToRole(StaffRole role) => Enum.Parse<Role>(role.ToString());

    /// <summary>The claim value the token service writes for a role (UPPER_SNAKE).</summary>
    public static string ToClaim(Role role) =>
        string.Concat(role.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    /// <summary>Checks a role list: at least one, each assignable to staff.</summary>
    public static AdministrationError? Check(IReadOnlyList<Role> roles)
    {
        if (roles.Count == 0)
        {
            return AdministrationError.UnknownRole("At least one role is required.");
        }

        var refused = roles.Where(r => ToStaffRole(r) is null).Select(ToClaim).ToList();
        return refused.Count == 0
            ? null
            : AdministrationError.UnknownRole($"{string.Join(", ", refused)} cannot be assigned to staff; assign one of the staff roles.");
    }
}
