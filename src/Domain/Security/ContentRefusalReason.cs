namespace Platform.Domain.Security;

/// <summary>Why encrypted content was refused instead of decrypted.</summary>
public enum ContentRefusalReason
{
    /// <summary>The authentication tag did not verify: ciphertext, tag, nonce, tenant, record or key changed.</summary>
    IntegrityCheckFailed,

    /// <summary>The stored parts have impossible sizes.</summary>
    Malformed,

    /// <summary>The content names a key version the tenant does not have.</summary>
    UnknownKeyVersion,
}
