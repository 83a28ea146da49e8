namespace Platform.Domain.Recordings.Storage;

/// <summary>Decrypted recording content and its media type; only ever handed to an authorised playback/download.</summary>
public sealed record RecordingContent(string ContentType, byte[] Data);
