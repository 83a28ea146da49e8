namespace Platform.Identity.Persistence;

/// <summary>An asymmetric signing key: published from creation, signs in [SignsFrom, SignsUntil), published until PublishedUntil, then deleted.</summary>
public sealed class SigningKey
{
    public string KeyId { get; set; } = "";
    public string Algorithm { get; set; } = "";

    /// <summary>The public key as a JWK (JSON), exactly as the JWKS endpoint serves it.</summary>
    public string PublicJwk { get; set; } = "";

    /// <summary>PKCS#8 private key encrypted under the master key.</summary>
    public byte[] ProtectedPrivateKey { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset SignsFrom { get; set; }
    public DateTimeOffset SignsUntil { get; set; }
    public DateTimeOffset PublishedUntil { get; set; }
}
