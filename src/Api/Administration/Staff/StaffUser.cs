using Platform.Api.Callers;
using Platform.Domain.Entities;

namespace Platform.Api.Administration.Staff;

/// <summary>A staff member with their sign-in account (schema type <c>User</c>).</summary>
public sealed record StaffUser(StaffMember Member, IReadOnlyList<Role> Roles, string? UserName)
{
    /// <summary>The id of the sign-in account (the token's <c>sub</c>), when the member has one.</summary>
    public Guid? AccountId => Guid.TryParse(Member.UserId, out var id) ? id : null;
}
