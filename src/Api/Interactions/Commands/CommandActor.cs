using Platform.Domain.Staff;

namespace Platform.Api.Interactions.Commands;

/// <summary>The caller of an interaction command as the validated token describes them: tenant, subject and staff roles.</summary>
/// <param name="TenantId">The caller's tenant (from the token only).</param>
/// <param name="Subject">The token subject; matched against <c>staff_members.user_id</c>.</param>
/// <param name="Roles">The staff roles the token grants.</param>
public sealed record CommandActor(Guid TenantId, string Subject, IReadOnlySet<StaffRole> Roles)
{
    /// <summary>Whether the caller holds the role.</summary>
    public bool Holds(StaffRole role) => Roles.Contains(role);
}

/// <summary>The token's subject is not an active staff member of its tenant: such a caller cannot act on interactions.</summary>
public sealed class NotAStaffMemberException()
    : Exception("The caller is not an active staff member of this tenant.");
