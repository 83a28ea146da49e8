using System.Security.Cryptography;

namespace Platform.Domain.Security;

/// <summary>Creates, wraps and unwraps per-tenant data keys under the master key (R-REC-01).</summary>
public sealed class TenantDataKeyWrapper(MasterKey masterKey)
{
    /// <summary>Size of a wrapped key: nonce, encrypted 32-byte key, tag.</summary>
    public const int WrappedLength = AesGcmSealing.NonceSize + AesGcmSealing.KeySize + AesGcmSealing.TagSize;

    /// <summary>Generates a fresh random data key.</summary>
    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(AesGcmSealing.KeySize);

    /// <summary>Wraps a data key so it can only be unwrapped for the same tenant and version.</summary>
    public byte[] Wrap(Guid tenantId, int version, ReadOnlySpan<byte> dataKey)
    {
        if (dataKey.Length != AesGcmSealing.KeySize)
        {
            throw new ArgumentException($"A data key must be {AesGcmSealing.KeySize} bytes.", nameof(dataKey));
        }

        var (nonce, ciphertext, tag) = AesGcmSealing.Seal(masterKey.Bytes, dataKey, AeadBinding.ForDataKey(tenantId, version));
        return [.. nonce, .. ciphertext, .. tag];
    }

    /// <summary>Unwraps a data key; a wrong master key, tenant or version, or any altered byte, is refused.</summary>
    public byte[] Unwrap(Guid tenantId, int version, ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length != WrappedLength)
        {
            throw new ContentRefusedException(ContentRefusalReason.Malformed, "The wrapped tenant data key has the wrong length.");
        }

        var nonce = wrapped[..AesGcmSealing.NonceSize];
        var ciphertext = wrapped.Slice(AesGcmSealing.NonceSize, AesGcmSealing.KeySize);
        var tag = wrapped[(AesGcmSealing.NonceSize + AesGcmSealing.KeySize)..];
        return AesGcmSealing.Open(masterKey.Bytes, nonce, ciphertext, tag, AeadBinding.ForDataKey(tenantId, version), "tenant data key");
    }
}
