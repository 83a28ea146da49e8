using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Domain.Confidentiality;

/// <summary>
/// R-PII-05: a payment-card number typed into a free-text field (summary, description, comment) is masked before
/// storage. A card number is 13-19 digits, optionally grouped by single spaces or dashes, passing the Luhn check;
/// all digits but the last 4 become '*'. (An 18-digit ID number that happens to pass Luhn is masked too, which
/// errs on the side of confidentiality.)
/// </summary>
public static partial class CardNumberRedaction
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;

    /// <summary>The text with every card number masked; text without one is returned unchanged.</summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        return DigitRun().Replace(text, match => RedactRun(match.Value));
    }

    /// <summary>Whether the text contains something that would be masked.</summary>
    public static bool ContainsCardNumber(string? text) => !string.IsNullOrEmpty(text) && Redact(text) != text;

    /// <summary>The Luhn (mod 10) check over a string of digits.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    // A run of digit groups joined by single spaces or dashes, not touching further digits.
    [GeneratedRegex(@"(?<!\d)\d+(?:[ \-]\d+)*(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();

    // Masks the leftmost-longest Luhn-valid window of whole groups, repeatedly, so a card number adjacent to
    // other numbers ("order 123 4111 1111 1111 1111") is still found.
    private static string RedactRun(string run)
    {
        var groups = GroupSpans(run);
        var output = new StringBuilder(run);
        var start = 0;
        while (start < groups.Count)
        {
            var end = LongestValidWindowEnd(run, groups, start);
            if (end < 0)
            {
                start++;
                continue;
            }

            MaskWindow(output, run, groups[start].Start, groups[end].Start + groups[end].Length);
            start = end + 1;
        }

        return output.ToString();
    }

    private static int LongestValidWindowEnd(string run, List<(int Start, int Length)> groups, int start)
    {
        var best = -1;
        var digits = new StringBuilder();
        for (var end = start; end < groups.Count; end++)
        {
            digits.Append(run, groups[end].Start, groups[end].Length);
            if (digits.Length > MaxDigits)
            {
                break;
            }

            if (digits.Length >= MinDigits && PassesLuhn(digits.ToString()))
            {
                best = end;
            }
        }

        return best;
    }

    private static void MaskWindow(StringBuilder output, string run, int from, int to)
    {
        var digitsSeen = 0;
        var totalDigits = run[from..to].Count(char.IsAsciiDigit);
        for (var i = from; i < to; i++)
        {
            if (char.IsAsciiDigit(run[i]) && ++digitsSeen <= totalDigits - 4)
            {
                output[i] = '*';
            }
        }
    }

    private static List<(int Start, int Length)> GroupSpans(string run)
    {
        var groups = new List<(int, int)>();
        var i = 0;
        while (i < run.Length)
        {
            var begin = i;
            while (i < run.Length && char.IsAsciiDigit(run[i]))
            {
                i++;
            }

            groups.Add((begin, i - begin));
            i++; // skip the single separator
        }

        return groups;
    }
}
