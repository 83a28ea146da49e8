using System.Text;

namespace Platform.Domain.Confidentiality;

/// <summary>
/// R-PII-05: authentication secrets (passwords, one-time codes, card security codes, PINs) are never stored in
/// business records; this guard recognises field names that would carry one so the write can be refused.
/// </summary>
public static class AuthenticationSecretGuard
{
    // Whole words: short tokens that would give false hits as substrings ("otp" in "footprint").
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passcode", "passphrase", "pin", "pincode", "otp", "totp", "hotp",
        "cvv", "cvv2", "cvc", "cvc2", "cvn", "csc", "secret",
    };

    // Phrases recognised anywhere in the squashed, lower-case name.
    private static readonly string[] SecretPhrases =
    [
        "password", "passcode", "onetimecode", "onetimepassword", "verificationcode", "smscode", "securitycode",
        "authcode", "cardverification", "密码", "验证码", "动态码", "安全码", "口令",
    ];

    /// <summary>Whether a field of this name would hold an authentication secret.</summary>
    public static bool IsSecretField(string? fieldName)
    {
        if (string.IsNullOrWhiteSpace(fieldName))
        {
            return false;
        }

        var words = Words(fieldName);
        var squashed = string.Concat(words);
        return words.Any(SecretWords.Contains) || SecretPhrases.Any(p => squashed.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>The field names that must be refused; empty when the record may be stored.</summary>
    public static IReadOnlyList<string> SecretFields(IEnumerable<string> fieldNames) => fieldNames.Where(IsSecretField).ToList();

    // Splits camelCase, PascalCase, snake_case, kebab-case and spaced names into lower-case words.
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var startsWord = char.IsUpper(c) && current.Length > 0
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
