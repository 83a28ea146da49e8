namespace Platform.Identity.Users;

/// <summary>The role names carried in the <c>roles</c> claim (domain.md, "Tenancy and people").</summary>
public static class PlatformRoles
{
    public const string TenantAdmin = "TENANT_ADMIN";
    public const string Agent = "AGENT";
    public const string Supervisor = "SUPERVISOR";
    public const string QualityInspector = "QUALITY_INSPECTOR";
    public const string ComplaintHandler = "COMPLAINT_HANDLER";
    public const string ComplianceOfficer = "COMPLIANCE_OFFICER";
    public const string Trainer = "TRAINER";
    public const string Customer = "CUSTOMER";
    public const string PlatformAdmin = "PLATFORM_ADMIN";

    /// <summary>Roles held inside a tenant.</summary>
    public static readonly string[] TenantRoles = [TenantAdmin, Agent, Supervisor, QualityInspector, ComplaintHandler, ComplianceOfficer, Trainer, Customer];
}
