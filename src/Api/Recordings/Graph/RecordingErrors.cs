using Platform.Api.Errors;
using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Graph;

/// <summary>The typed payload errors of the recordings mutations (schema types implementing UserError).</summary>
public static class RecordingErrors
{
    /// <summary>The tenant has no such recording (or it was purged).</summary>
    public static UserError NotFound() =>
        new("RecordingNotFoundError", "RECORDING_NOT_FOUND", "The recording does not exist or its content was purged.");

    /// <summary>R-REC-04: no purpose stated.</summary>
    public static UserError PurposeRequired() =>
        new("PlaybackPurposeRequiredError", "PURPOSE_REQUIRED", "State why you need the recording; the purpose is kept in the access log.");

    /// <summary>R-REC-03: the tier does not admit the caller.</summary>
    public static UserError TierDenied(RecordingTier? tier) =>
        new("RecordingTierDeniedError", "NOT_AUTHORISED_FOR_TIER", "You are not authorised for this recording's access tier.", Details(("tier", tier)));

    /// <summary>Only staff of the tenant receive content.</summary>
    public static UserError NotStaff() =>
        new("RecordingTierDeniedError", "NOT_STAFF", "Only staff members of the tenant may play or download recordings.", Details(("tier", null)));

    /// <summary>R-REC-05: the separate play or download right is missing.</summary>
    public static UserError RightNotGranted(RecordingAccessKind kind) =>
        new("RecordingRightNotGrantedError", "RIGHT_NOT_GRANTED",
            kind == RecordingAccessKind.Download ? "You may play recordings but not download them." : "You may not play recordings.",
            Details(("kind", kind)));

    /// <summary>The interaction does not exist.</summary>
    public static UserError InteractionNotFound() =>
        new("RecordingInteractionNotFoundError", "INTERACTION_NOT_FOUND", "The interaction does not exist.");

    /// <summary>The complaint does not exist.</summary>
    public static UserError ComplaintNotFound() =>
        new("RecordingComplaintNotFoundError", "COMPLAINT_NOT_FOUND", "The complaint does not exist.");

    /// <summary>Bad content or description.</summary>
    public static UserError InvalidContent(string message) => new("InvalidRecordingContentError", "INVALID_CONTENT", message);

    /// <summary>A legal hold needs a reason.</summary>
    public static UserError ReasonRequired() =>
        new("LegalHoldReasonRequiredError", "LEGAL_HOLD_REASON_REQUIRED", "A legal hold needs a reason.");

    /// <summary>Nothing to release.</summary>
    public static UserError NotUnderHold() => new("NotUnderLegalHoldError", "NOT_UNDER_LEGAL_HOLD", "The recording is not under legal hold.");

    /// <summary>R-REC-02 / R-REC-06: legal hold beats deletion.</summary>
    public static UserError UnderHold() =>
        new("RecordingUnderLegalHoldError", "UNDER_LEGAL_HOLD", "The recording is under legal hold and cannot be deleted.");

    /// <summary>R-REC-02: retention has not ended.</summary>
    public static UserError RetentionNotExpired(DateOnly retainUntil) =>
        new("RetentionNotExpiredError", "RETENTION_NOT_EXPIRED", $"The recording must be kept until {retainUntil:yyyy-MM-dd}.", Details(("retainUntil", retainUntil)));

    /// <summary>R-REC-06: retention never goes down.</summary>
    public static UserError WouldLower(DateOnly retainUntil) =>
        new("RetentionWouldBeLoweredError", "WOULD_LOWER_RETENTION", $"Retention can only be raised; it runs until {retainUntil:yyyy-MM-dd}.", Details(("retainUntil", retainUntil)));

    /// <summary>Linked to another complaint already.</summary>
    public static UserError AlreadyLinked() =>
        new("RecordingAlreadyLinkedError", "ALREADY_LINKED", "The recording is already linked to another complaint.");

    private static IReadOnlyDictionary<string, object?> Details(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
