namespace Platform.Api.Callers;

/// <summary>The roles a caller may hold (schema enum <c>Role</c>; token claim values are its UPPER_SNAKE names).</summary>
public enum Role
{
    TenantAdmin,
    Agent,
    Supervisor,
    QualityInspector,
    ComplaintHandler,
    ComplianceOfficer,
    Trainer,
    Customer,
    PlatformAdmin,
}
