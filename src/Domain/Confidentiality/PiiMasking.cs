using System.Globalization;
using System.Text;

namespace Platform.Domain.Confidentiality;

/// <summary>
/// R-PII-02: the masked forms shown to callers without clearance: ID number keeps its first 1 and last 4
/// characters, phone its first 3 and last 4 digits, email its first character and domain; other kinds keep
/// only what identifies nobody on its own.
/// </summary>
public static class PiiMasking
{
    private const char MaskChar = '*';

    // Fixed-width filler where showing the true length would itself leak something.
    private const string Filler = "***";

    /// <summary>Masks a value of the given kind; null stays null.</summary>
    public static string? Mask(PiiKind kind, string? value) => value is null ? null : kind switch
    {
        PiiKind.IdNumber => MaskIdNumber(value),
        PiiKind.Phone => MaskPhone(value),
        PiiKind.Email => MaskEmail(value),
        PiiKind.Name => MaskName(value),
        PiiKind.Address => MaskAddress(value),
        PiiKind.BankAccount => MaskBankAccount(value),
        PiiKind.BirthDate => MaskBirthDate(value),
        _ => value.Length == 0 ? value : Filler,
    };

    /// <summary>Keeps the first 1 and last 4 characters: 1*************1234; shorter values are masked entirely.</summary>
    public static string MaskIdNumber(string value)
    {
        var id = value.Trim();
        return id.Length <= 5 ? new string(MaskChar, id.Length) : id[..1] + new string(MaskChar, id.Length - 5) + id[^4..];
    }

    /// <summary>Keeps the first 3 and last 4 digits of the national number: 138****5678; a +86 prefix is kept.</summary>
    public static string MaskPhone(string value)
    {
        var trimmed = value.Trim();
        var prefix = "";
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (trimmed.StartsWith('+') && digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13)
        {
            prefix = "+86 ";
            digits = digits[2..];
        }

        return digits.Length <= 7
            ? prefix + new string(MaskChar, digits.Length)
            : prefix + digits[..3] + new string(MaskChar, digits.Length - 7) + digits[^4..];
    }

    /// <summary>Keeps the first character of the local part and the whole domain: z***@example.com.</summary>
    public static string MaskEmail(string value)
    {
        var email = value.Trim();
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return email.Length == 0 ? email : FirstTextElement(email) + Filler;
        }

        return FirstTextElement(email) + Filler + email[at..];
    }

    /// <summary>Keeps the first character (the surname of a Chinese name): 张*, 欧**; J*** S**** for Latin names.</summary>
    public static string MaskName(string value)
    {
        var name = value.Trim();
        var builder = new StringBuilder(name.Length);
        var elements = StringInfo.GetTextElementEnumerator(name);
        var first = true;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            builder.Append(first || string.IsNullOrWhiteSpace(element) ? element : MaskChar.ToString());
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>Keeps the leading region (at most 6 characters, at most half) and hides the rest: 北京市朝阳区***.</summary>
    public static string MaskAddress(string value)
    {
        var address = value.Trim();
        if (address.Length == 0)
        {
            return address;
        }

        var keep = Math.Min(6, address.Length / 2);
        return address[..keep] + Filler;
    }

    /// <summary>Keeps the last 4 digits: ************1234.</summary>
    public static string MaskBankAccount(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length <= 4 ? new string(MaskChar, digits.Length) : new string(MaskChar, digits.Length - 4) + digits[^4..];
    }

    /// <summary>Keeps the year only: 1985-**-**.</summary>
    public static string MaskBirthDate(string value)
    {
        var date = value.Trim();
        return date.Length >= 4 && date[..4].All(char.IsAsciiDigit) ? date[..4] + "-**-**" : Filler;
    }

    private static string FirstTextElement(string text) =>
        text.Length == 0 ? text : text[..StringInfo.GetNextTextElementLength(text)];
}
