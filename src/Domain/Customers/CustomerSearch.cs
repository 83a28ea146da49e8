using System.Buffers;
using System.Text;

namespace Platform.Domain.Customers;

/// <summary>
/// Customer search by name prefix and by phone or ID-number suffix, in terms an index can answer under row-level
/// security. LIKE cannot be: its operator is not leakproof, so PostgreSQL evaluates it only after the tenant policy and
/// never as an index condition. Plain comparisons in the "C" collation are leakproof, and in byte order (which for UTF-8
/// is code point order) the texts starting with a prefix are exactly a half-open range; the name column has that
/// collation, so its index serves both the range and the name order. A suffix is a prefix of the reversed text, kept in
/// stored generated columns (migration CustomerSearchIndexes) because reverse() is not leakproof either.
/// </summary>
public static class CustomerSearch
{
    /// <summary>The collation in which text compares byte by byte (code point order).</summary>
    public const string BytewiseCollation = "C";

    /// <summary>EF shadow property of the reversed phone number (column phone_reversed, collation "C").</summary>
    public const string PhoneReversed = "PhoneReversed";

    /// <summary>EF shadow property of the reversed ID number (column id_number_reversed, collation "C").</summary>
    public const string IdNumberReversed = "IdNumberReversed";

    private const int MaxCodePoint = 0x10FFFF;

    /// <summary>
    /// The range of texts that start with <paramref name="prefix"/>; null when no stored text can (the prefix holds
    /// U+0000, which PostgreSQL text cannot, or a lone surrogate).
    /// </summary>
    public static TextRange? PrefixRange(string prefix)
    {
        if (CodePoints(prefix) is not { } runes)
        {
            return null;
        }

        // The least text greater than every extension of the prefix: its last code point below the maximum, plus one,
        // with everything after it dropped. None exists when the prefix consists of maximal code points only.
        for (var i = runes.Count - 1; i >= 0; i--)
        {
            if (runes[i].Value == MaxCodePoint)
            {
                continue;
            }

            var next = runes[i].Value + 1;
            var upper = runes.Take(i).Append(new Rune(Rune.IsValid(next) ? next : 0xE000));
            return new TextRange(prefix, Text(upper));
        }

        return new TextRange(prefix, null);
    }

    /// <summary>
    /// The text with its code points in reverse order, as PostgreSQL's reverse() gives it; null when it holds U+0000
    /// or a lone surrogate.
    /// </summary>
    public static string? Reverse(string text)
    {
        if (CodePoints(text) is not { } runes)
        {
            return null;
        }

        runes.Reverse();
        return Text(runes);
    }

    private static List<Rune>? CodePoints(string text)
    {
        var runes = new List<Rune>(text.Length);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done || rune.Value == 0)
            {
                return null;
            }

            runes.Add(rune);
            rest = rest[used..];
        }

        return runes;
    }

    private static string Text(IEnumerable<Rune> runes)
    {
        var builder = new StringBuilder();
        foreach (var rune in runes)
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}

/// <summary>Texts from <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive; null: unbounded), in code point order.</summary>
public readonly record struct TextRange(string From, string? To);
