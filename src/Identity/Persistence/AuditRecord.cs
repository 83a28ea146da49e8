namespace Platform.Identity.Persistence;

/// <summary>A persisted security audit event (never contains secrets).</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string EventName { get; set; } = "";
    public Guid? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? Subject { get; set; }
    public string? Detail { get; set; }
}
