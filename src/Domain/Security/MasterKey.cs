using System.Security.Cryptography;
using System.Text;

namespace Platform.Domain.Security;

/// <summary>The 256-bit key that wraps every tenant's data key (R-REC-01); never printed.</summary>
public sealed class MasterKey
{
    /// <summary>Length of a master key in bytes (AES-256).</summary>
    public const int Length = 32;

    private readonly byte[] _key;

    /// <summary>Creates a master key from exactly 32 bytes.</summary>
    public MasterKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Length)
        {
            throw new ArgumentException($"A master key must be {Length} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>Where the key came from, safe to log (never the key itself).</summary>
    public string Source { get; init; } = "unspecified";

    internal ReadOnlySpan<byte> Bytes => _key;

    /// <summary>
    /// A 32-byte key for one purpose (HKDF-SHA256 of the master key, no salt, the UTF-8 purpose as info), so other
    /// components (token signing, link signing) never use the master key itself and no two purposes share a key.
    /// </summary>
    public byte[] DeriveKey(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, Length, salt: [], info: Encoding.UTF8.GetBytes(purpose));
    }

    /// <summary>Deliberately hides the key so it cannot end up in a log by accident.</summary>
    public override string ToString() => $"MasterKey(source: {Source})";
}
