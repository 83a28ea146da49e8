namespace Platform.Domain.Entities;

/// <summary>Append-only proof of a purged recording, chained by hash per tenant (R-REC-06).</summary>
public sealed class RecordingTombstone : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public Guid RecordingId { get; set; }
    public DateTimeOffset PurgedAt { get; set; }
    public byte[] ContentSha256 { get; set; } = [];
    public byte[] PreviousHash { get; set; } = [];
    public byte[] Hash { get; set; } = [];
}
