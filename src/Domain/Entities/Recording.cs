using Platform.Domain.Recordings;

namespace Platform.Domain.Entities;

/// <summary>Metadata of a call recording; the encrypted content lives in RecordingContent.</summary>
public sealed class Recording : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid? InteractionId { get; set; }
    public Guid? ComplaintId { get; set; }
    public DateTimeOffset? LinkedAt { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public int DurationSeconds { get; set; }
    public RecordingTier Tier { get; set; }
    public bool ContainsHealthInformation { get; set; }
    public bool Flagged { get; set; }
    public DateOnly RetentionUntil { get; set; }
    public bool LegalHold { get; set; }
    public string? LegalHoldReason { get; set; }
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public byte[]? ContentSha256 { get; set; }
    public DateTimeOffset? PurgedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
