namespace Platform.Domain.Recordings;

/// <summary>Access tier of a recording (R-REC-03).</summary>
public enum RecordingTier
{
    Standard,
    Complaint,
    Restricted,
}
