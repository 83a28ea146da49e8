namespace Platform.Domain.Entities;

/// <summary>An outbox event; its per-tenant sequence is assigned by the database on insert.</summary>
public sealed class DomainEvent : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public string Type { get; set; } = "";
    public string AggregateType { get; set; } = "";
    public Guid AggregateId { get; set; }
    public string Payload { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
}
