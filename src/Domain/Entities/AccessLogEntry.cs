namespace Platform.Domain.Entities;

/// <summary>An append-only record of access to sensitive data or recording content (R-PII-04, R-REC-04).</summary>
public sealed class AccessLogEntry : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public ActorKind ActorKind { get; set; }
    public string ActorId { get; set; } = "";
    public string Action { get; set; } = "";
    public string ResourceType { get; set; } = "";
    public Guid ResourceId { get; set; }
    public string? Field { get; set; }
    public string? Purpose { get; set; }
    public bool Granted { get; set; }
    public string? Detail { get; set; }
}
