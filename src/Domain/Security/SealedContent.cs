namespace Platform.Domain.Security;

/// <summary>AES-GCM output as stored: the key version that sealed it, the nonce, the ciphertext and the tag.</summary>
public sealed record SealedContent(int KeyVersion, byte[] Nonce, byte[] Ciphertext, byte[] Tag);
