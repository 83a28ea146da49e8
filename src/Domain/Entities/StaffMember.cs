namespace Platform.Domain.Entities;

/// <summary>A person working for a tenant; roles are held through role assignments.</summary>
public sealed class StaffMember : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string EmployeeNumber { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public Guid? TeamId { get; set; }
    public string? UserId { get; set; }
    public DateOnly? HiredOn { get; set; }
    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<StaffRoleAssignment> RoleAssignments { get; set; } = [];
}
