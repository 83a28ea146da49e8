using Platform.Domain.Recordings;

namespace Platform.Domain.Entities;

/// <summary>A short-lived, single-recording play or download grant (R-REC-04, R-REC-05).</summary>
public sealed class RecordingAccessGrant : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid RecordingId { get; set; }
    public Guid StaffMemberId { get; set; }
    public RecordingAccessKind Kind { get; set; }
    public string Purpose { get; set; } = "";
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public byte[] TokenSha256 { get; set; } = [];
    public DateTimeOffset? UsedAt { get; set; }
}
