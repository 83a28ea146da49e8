namespace Platform.Domain.Recordings.Storage;

/// <summary>Keeps recording content encrypted under the tenant's data key, apart from the row that lists the recording (R-REC-01).</summary>
public interface IRecordingContentStore
{
    /// <summary>Encrypts and stores (or replaces) the content of a recording under the tenant's current key version.</summary>
    Task SaveAsync(Guid tenantId, Guid recordingId, RecordingContent content, CancellationToken ct = default);

    /// <summary>Returns the decrypted content, null when none is stored; tampering throws <see cref="Security.ContentRefusedException"/>.</summary>
    Task<RecordingContent?> LoadAsync(Guid tenantId, Guid recordingId, CancellationToken ct = default);

    /// <summary>Removes the stored content (used by the retention purge); returns whether anything was removed.</summary>
    Task<bool> DeleteAsync(Guid tenantId, Guid recordingId, CancellationToken ct = default);

    /// <summary>Creates a new key version for the tenant; new content is sealed with it, old content still opens.</summary>
    Task<int> RotateKeyAsync(Guid tenantId, CancellationToken ct = default);

    /// <summary>Re-seals up to <paramref name="batchSize"/> contents sealed under older versions; returns how many were moved.</summary>
    Task<int> ReencryptAsync(Guid tenantId, int batchSize, CancellationToken ct = default);
}
