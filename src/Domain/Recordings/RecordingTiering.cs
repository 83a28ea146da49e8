namespace Platform.Domain.Recordings;

/// <summary>
/// R-REC-03: the access tier a recording belongs in: RESTRICTED under legal hold, with health information or
/// when flagged; COMPLAINT when linked to a complaint or dispute; STANDARD otherwise.
/// </summary>
public static class RecordingTiering
{
    /// <summary>The tier for a recording with these properties; the most restrictive applicable tier wins.</summary>
    public static RecordingTier TierFor(bool legalHold, bool containsHealthInformation, bool flagged, bool linkedToComplaintOrDispute) =>
        legalHold || containsHealthInformation || flagged ? RecordingTier.Restricted
        : linkedToComplaintOrDispute ? RecordingTier.Complaint
        : RecordingTier.Standard;
}
