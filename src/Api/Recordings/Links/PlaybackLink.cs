using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Links;

/// <summary>
/// What a signed playback or download link admits (R-REC-04, R-REC-05): one kind of access to one recording of one
/// tenant, for the staff member it was granted to, between issue and expiry (at most 5 minutes apart).
/// </summary>
public sealed record PlaybackLink(
    Guid TenantId, Guid RecordingId, Guid GrantId, Guid StaffId, RecordingAccessKind Kind, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
