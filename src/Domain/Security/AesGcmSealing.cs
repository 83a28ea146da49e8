using System.Security.Cryptography;

namespace Platform.Domain.Security;

/// <summary>One-shot AES-256-GCM with random 96-bit nonces and 128-bit tags.</summary>
internal static class AesGcmSealing
{
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int KeySize = 32;

    public static (byte[] Nonce, byte[] Ciphertext, byte[] Tag) Seal(
        ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);
        return (nonce, ciphertext, tag);
    }

    public static byte[] Open(
        ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag,
        ReadOnlySpan<byte> associatedData, string what)
    {
        if (nonce.Length != NonceSize || tag.Length != TagSize)
        {
            throw new ContentRefusedException(ContentRefusalReason.Malformed, $"The {what} has a malformed nonce or tag.");
        }

        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            // AesGcm already zeroes the output on failure; clearing again keeps that guarantee local and explicit.
            CryptographicOperations.ZeroMemory(plaintext);
            throw new ContentRefusedException(
                ContentRefusalReason.IntegrityCheckFailed,
                $"The {what} failed its integrity check: it was altered, moved to another record or tenant, or sealed under another key.");
        }
    }
}
