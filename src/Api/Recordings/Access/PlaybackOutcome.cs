using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Access;

/// <summary>Why a playback or download request was refused; each maps to a typed GraphQL error.</summary>
public enum PlaybackRefusal
{
    /// <summary>No purpose was stated (R-REC-04).</summary>
    PurposeMissing,

    /// <summary>The caller's roles and relations do not admit the recording's tier (R-REC-03).</summary>
    NotAuthorisedForTier,

    /// <summary>The caller lacks the separate play or download right (R-REC-05).</summary>
    RightNotGranted,

    /// <summary>The tenant has no such recording, or its content was purged.</summary>
    RecordingNotFound,

    /// <summary>Only staff members of the tenant may receive content (customers and service clients may not).</summary>
    NotStaff,
}

/// <summary>The answer to a playback or download request: a link when granted, otherwise the refusal.</summary>
public sealed record PlaybackOutcome(
    Guid RecordingId, RecordingAccessKind Kind, string? Url, DateTimeOffset? ExpiresAt, PlaybackRefusal? Refusal, RecordingTier? Tier = null)
{
    /// <summary>True when a link was issued.</summary>
    public bool Granted => Url is not null;
}
