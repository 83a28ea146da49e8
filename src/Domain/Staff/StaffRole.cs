namespace Platform.Domain.Staff;

/// <summary>Roles a person may hold inside a tenant; a person may hold several.</summary>
public enum StaffRole
{
    TenantAdmin,
    Agent,
    Supervisor,
    QualityInspector,
    ComplaintHandler,
    ComplianceOfficer,
    Trainer,
}
