using Platform.Domain.Complaints;

namespace Platform.Domain.Entities;

/// <summary>One append-only entry of a complaint's status history (R-CMP-01).</summary>
public sealed class ComplaintStatusChange : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid ComplaintId { get; set; }
    public ComplaintStatus? FromStatus { get; set; }
    public ComplaintStatus ToStatus { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedById { get; set; }
    public ActorKind ChangedByKind { get; set; }
    public string? Note { get; set; }
}
