using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Persistence;

namespace Platform.Identity.Keys;

/// <summary>Generates ES256 keys and turns stored keys back into signing credentials.</summary>
public sealed class SigningKeyFactory(SigningKeyProtector protector)
{
    /// <summary>The only algorithm this service signs with (asymmetric, RFC 8725 §3.1).</summary>
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    /// <summary>Creates a fresh P-256 key with its public JWK and encrypted private part.</summary>
    public SigningKey Generate(DateTimeOffset createdAt, DateTimeOffset signsFrom, DateTimeOffset signsUntil, DateTimeOffset publishedUntil)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "EC",
            ["use"] = "sig",
            ["alg"] = Algorithm,
            ["kid"] = keyId,
            ["crv"] = "P-256",
            ["x"] = Base64UrlEncoder.Encode(parameters.Q.X!),
            ["y"] = Base64UrlEncoder.Encode(parameters.Q.Y!),
        };
        var pkcs8 = ecdsa.ExportPkcs8PrivateKey();
        try
        {
            return new SigningKey
            {
                KeyId = keyId,
                Algorithm = Algorithm,
                PublicJwk = jwk.ToJsonString(),
                ProtectedPrivateKey = protector.Protect(pkcs8, keyId),
                CreatedAt = createdAt,
                SignsFrom = signsFrom,
                SignsUntil = signsUntil,
                PublishedUntil = publishedUntil,
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>Decrypts a stored key into credentials that sign with its key id in the header.</summary>
    public ActiveSigningKey Open(SigningKey stored)
    {
        var pkcs8 = protector.Unprotect(stored.ProtectedPrivateKey, stored.KeyId);
        try
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
            var key = new ECDsaSecurityKey(ecdsa) { KeyId = stored.KeyId };
            return new ActiveSigningKey(stored.KeyId, new SigningCredentials(key, Algorithm), stored.SignsFrom, stored.SignsUntil);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }
}
