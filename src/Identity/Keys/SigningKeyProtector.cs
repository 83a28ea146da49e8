using System.Security.Cryptography;
using Platform.Domain.Security;

namespace Platform.Identity.Keys;

/// <summary>Encrypts private signing keys with AES-256-GCM under the master key before they reach the database.</summary>
public sealed class SigningKeyProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The HKDF purpose of the signing-key encryption key (unchanged since v1, so stored keys stay readable).</summary>
    public const string Purpose = "platform-identity-signing-key-v1";

    private readonly byte[] _key;

    /// <summary>Creates a protector with a key derived from the master key for <see cref="Purpose"/>.</summary>
    public SigningKeyProtector(MasterKey masterKey)
    {
        // The master key itself never encrypts signing keys; each purpose gets its own derived key.
        _key = masterKey.DeriveKey(Purpose);
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
