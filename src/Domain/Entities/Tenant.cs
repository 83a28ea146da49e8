using Platform.Domain.Tenancy;

namespace Platform.Domain.Entities;

/// <summary>An insurer using the platform: its time zone, calling windows and status (the registry row, not tenant-owned).</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public TenantStatus Status { get; set; }
    public string TimeZone { get; set; } = "";
    public TimeOnly WorkingDayCallsFrom { get; set; }
    public TimeOnly WorkingDayCallsUntil { get; set; }
    public TimeOnly OtherDayCallsFrom { get; set; }
    public TimeOnly OtherDayCallsUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SuspendedAt { get; set; }
}
