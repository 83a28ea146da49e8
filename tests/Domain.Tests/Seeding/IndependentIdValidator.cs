using System.Globalization;

namespace Platform.Domain.Tests.Seeding;

/// <summary>
/// Written from the ISO 7064 MOD 11-2 definition (recursive doubling), not from the weight table the
/// generator uses, so a shared mistake cannot make both agree.
/// </summary>
internal static class IndependentIdValidator
{
    public static bool IsValid(string number)
    {
        if (number.Length != 18 || !number[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(number[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        // Including the check character (X = 10) the MOD 11-2 remainder must be 1.
        var p = 0;
        foreach (var c in number)
        {
            var value = c is 'X' or 'x' ? 10 : c - '0';
            p = ((p * 2) + value) % 11;
        }

        return p == 1;
    }
}
