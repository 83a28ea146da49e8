namespace Platform.Domain.Entities;

/// <summary>An append-only pause, resumption or extension of a complaint's clocks, with its reason (R-CMP-07, R-CMP-08).</summary>
public sealed class ComplaintClockEvent : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid ComplaintId { get; set; }
    public ComplaintClockEventKind Kind { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorId { get; set; }
    public string Reason { get; set; } = "";
}
