using Platform.Domain.Staff;

namespace Platform.Domain.Entities;

/// <summary>One role held by a staff member.</summary>
public sealed class StaffRoleAssignment : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid StaffMemberId { get; set; }
    public StaffRole Role { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
}
