namespace Platform.Domain.Seeding;

/// <summary>
/// Builds 18-character PRC resident ID numbers (GB 11643): 6-digit region code, 8-digit birth date,
/// 3-digit sequence whose last digit is odd for men and even for women, ISO 7064 MOD 11-2 check character.
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Composes a full number; <paramref name="sequence"/> is 0-999 and must already have the gender parity.</summary>
    public static string Compose(string regionCode, DateOnly birthDate, int sequence)
    {
        if (regionCode.Length != 6 || !regionCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A region code has 6 digits.", nameof(regionCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        Span<char> chars = stackalloc char[18];
        regionCode.AsSpan().CopyTo(chars);
        birthDate.TryFormat(chars[6..14], out _, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        sequence.TryFormat(chars[14..17], out _, "D3", System.Globalization.CultureInfo.InvariantCulture);
        chars[17] = CheckCharacter(chars[..17]);
        return new string(chars);
    }

    /// <summary>A sequence number 0-999 whose parity encodes the gender (odd = male).</summary>
    public static int SequenceFor(bool male, int ordinal) => ((ordinal % 500) * 2) + (male ? 1 : 0);

    /// <summary>The check character of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("The check character is computed over 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
