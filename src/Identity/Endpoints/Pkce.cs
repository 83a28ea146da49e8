using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Endpoints;

/// <summary>PKCE (RFC 7636) with the S256 method only; plain is refused (RFC 9700 §2.1.1).</summary>
public static class Pkce
{
    /// <summary>The only supported code_challenge_method.</summary>
    public const string S256 = "S256";

    /// <summary>A challenge is the base64url SHA-256 of a verifier: exactly 43 characters of the base64url alphabet.</summary>
    public static bool IsWellFormedChallenge(string challenge) =>
        challenge.Length == 43 && challenge.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Whether the verifier is syntactically valid and hashes to the challenge.</summary>
    public static bool Verify(string? verifier, string challenge)
    {
        if (verifier is null || verifier.Length is < 43 or > 128
            || !verifier.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
        {
            return false;
        }

        var computed = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge));
    }
}
