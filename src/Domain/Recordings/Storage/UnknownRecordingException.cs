namespace Platform.Domain.Recordings.Storage;

/// <summary>Content was offered for a recording the current tenant does not have.</summary>
public sealed class UnknownRecordingException(Guid recordingId)
    : Exception($"Recording {recordingId} does not exist for this tenant.")
{
    /// <summary>The recording id that was not found.</summary>
    public Guid RecordingId { get; } = recordingId;
}
