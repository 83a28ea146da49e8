using System.Security.Cryptography;

namespace Platform.Identity.Keys;

/// <summary>Encrypts private signing keys with AES-256-GCM under the master key before they reach the database.</summary>
public sealed class SigningKeyProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = "platform-identity-signing-key-v1"u8.ToArray();
    private readonly byte[] _key;

    /// <summary>Creates a protector from a 32-byte master key.</summary>
    public SigningKeyProtector(byte[] masterKey)
    {
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("The master key must be 32 bytes.", nameof(masterKey));
        }

        // Derive a purpose-bound key so the master key itself never encrypts signing keys directly.
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, salt: null, info: Purpose);
    }

    /// <summary>Returns nonce || ciphertext || tag, with the key id as associated data so blobs cannot be swapped.</summary>
    public byte[] Protect(byte[] plaintext, string keyId)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), System.Text.Encoding.UTF8.GetBytes(keyId));
        return output;
    }

    /// <summary>Decrypts a blob produced by <see cref="Protect"/>; throws if it was altered or belongs to another key.</summary>
    public byte[] Unprotect(byte[] blob, string keyId)
    {
        if (blob.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Protected key is truncated.");
        }

        var plaintext = new byte[blob.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize, plaintext.Length), blob.AsSpan(NonceSize + plaintext.Length), plaintext, System.Text.Encoding.UTF8.GetBytes(keyId));
        return plaintext;
    }
}
