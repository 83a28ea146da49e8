namespace Platform.Identity.Persistence;

/// <summary>A person who signs in: staff of one tenant, a tenant's customer, or a platform admin (no tenant).</summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string? DisplayName { get; set; }
    public Guid? TenantId { get; set; }
    public string[] Roles { get; set; } = [];
    public Guid? StaffMemberId { get; set; }
    public Guid? CustomerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
