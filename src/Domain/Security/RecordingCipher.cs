namespace Platform.Domain.Security;

/// <summary>Seals and opens recording content under a tenant data key, bound to tenant, recording and key version.</summary>
public static class RecordingCipher
{
    /// <summary>Encrypts content; the result only opens for the same tenant, recording id and key version.</summary>
    public static SealedContent Seal(
        ReadOnlySpan<byte> dataKey, int keyVersion, Guid tenantId, Guid recordingId, ReadOnlySpan<byte> plaintext)
    {
        var (nonce, ciphertext, tag) = AesGcmSealing.Seal(
            dataKey, plaintext, AeadBinding.ForRecording(tenantId, recordingId, keyVersion));
        return new SealedContent(keyVersion, nonce, ciphertext, tag);
    }

    /// <summary>Decrypts content or throws <see cref="ContentRefusedException"/>; never returns unverified bytes.</summary>
    public static byte[] Open(ReadOnlySpan<byte> dataKey, Guid tenantId, Guid recordingId, SealedContent sealedContent) =>
        AesGcmSealing.Open(
            dataKey,
            sealedContent.Nonce,
            sealedContent.Ciphertext,
            sealedContent.Tag,
            AeadBinding.ForRecording(tenantId, recordingId, sealedContent.KeyVersion),
            "recording content");
}
