namespace Platform.Api.Recordings.Graph;

/// <summary>The orders of <c>Query.recordings</c> (schema enum <c>RecordingOrder</c>).</summary>
public enum RecordingListOrder
{
    StartedAtDesc,
    StartedAtAsc,
    RetainUntilAsc,
}
