namespace Platform.Domain.Recordings;

/// <summary>What a caller wants to do with recording content; play and download are separate rights (R-REC-05).</summary>
public enum RecordingAccessKind
{
    Play,
    Download,
}
