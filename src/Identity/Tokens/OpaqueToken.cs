using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Tokens;

/// <summary>Random high-entropy strings (codes, refresh tokens, client secrets) and their storage hashes.</summary>
public static class OpaqueToken
{
    /// <summary>A new 256-bit random value, base64url encoded.</summary>
    public static string Create() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// SHA-256 of the value. These values carry 256 bits of entropy, so a fast hash suffices (a slow password hash
    /// would only cost throughput); the database never holds the usable value.
    /// </summary>
    public static string Hash(string value) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Compares a presented value with a stored hash in constant time.</summary>
    public static bool Matches(string presented, string storedHash)
    {
        var presentedHash = Encoding.ASCII.GetBytes(Hash(presented));
        var stored = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(presentedHash, stored);
    }
}
