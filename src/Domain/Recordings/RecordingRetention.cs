namespace Platform.Domain.Recordings;

/// <summary>Why a retention change or a deletion was refused.</summary>
public enum RetentionRefusal
{
    WouldLowerRetention,
    RetentionNotExpired,
    LegalHold,
}

/// <summary>The outcome of a retention change or deletion request; a refusal says why.</summary>
public sealed record RetentionDecision(bool Allowed, RetentionRefusal? Refusal, DateOnly RetainUntil);

/// <summary>
/// R-REC-02 / R-REC-06: recordings are kept at least 3 years, 5 years from the moment of linking to a complaint
/// or dispute (whichever ends later); retention may be raised, never lowered; deletion before the end of
/// retention or under legal hold is refused, and legal hold beats every purge. Dates are tenant-local; a recording
/// is kept through its retain-until date and may be purged from the day after.
/// </summary>
public static class RecordingRetention
{
    /// <summary>Minimum retention of any recording.</summary>
    public const int StandardYears = 3;

    /// <summary>Minimum retention from linking to a complaint or dispute.</summary>
    public const int ComplaintYears = 5;

    /// <summary>The retain-until date of a new recording.</summary>
    public static DateOnly InitialRetainUntil(DateOnly recordedOn) => recordedOn.AddYears(StandardYears);

    /// <summary>The retain-until date after linking to a complaint or dispute on the given date; never earlier than before.</summary>
    public static DateOnly OnLinkedToComplaint(DateOnly currentRetainUntil, DateOnly linkedOn) =>
        Max(currentRetainUntil, linkedOn.AddYears(ComplaintYears));

    /// <summary>Decides a manual change of the retain-until date: raising is allowed, lowering is refused.</summary>
    public static RetentionDecision ChangeRetainUntil(DateOnly currentRetainUntil, DateOnly proposed) =>
        proposed < currentRetainUntil
            ? new RetentionDecision(false, RetentionRefusal.WouldLowerRetention, currentRetainUntil)
            : new RetentionDecision(true, null, proposed);

    /// <summary>Decides whether the recording may be deleted or purged on the given date.</summary>
    public static RetentionDecision DecideDeletion(DateOnly retainUntil, bool legalHold, DateOnly today) =>
        legalHold ? new RetentionDecision(false, RetentionRefusal.LegalHold, retainUntil)
        : today <= retainUntil ? new RetentionDecision(false, RetentionRefusal.RetentionNotExpired, retainUntil)
        : new RetentionDecision(true, null, retainUntil);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
