using System.Globalization;
using System.Text.Json;

namespace Platform.GraphQL.Types;

/// <summary>Reads numbers out of the many .NET shapes a JSON-like variable value may take.</summary>
internal static class NumericInput
{
    /// <summary>Unwraps a JsonElement into string, bool, long, double or leaves it when structured.</summary>
    public static object Unwrap(object value)
    {
        if (value is not JsonElement element)
        {
            return value;
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => Utilities.JsonText.StringOf(element),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when element.TryGetInt64(out var l) => l,
            JsonValueKind.Number when element.TryGetDecimal(out var m) => m,
            JsonValueKind.Number => element.GetDouble(),
            _ => element,
        };
    }

    /// <summary>True when the value is a number (integer or floating).</summary>
    public static bool IsNumber(object value) => value is int or long or short or byte or sbyte or ushort or uint or ulong
        or double or float or decimal or System.Numerics.BigInteger;

    /// <summary>
    /// Gets an integral value; floating values with an empty fractional part count as integers, because JSON does
    /// not tell 1 from 1.0 (spec 3.5 input coercion).
    /// </summary>
    public static bool TryGetInteger(object value, out decimal integer)
    {
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case ushort us: integer = us; return true;
            case uint ui: integer = ui; return true;
            case ulong ul: integer = ul; return true;
            case decimal m when decimal.Truncate(m) == m: integer = m; return true;
            case double d when double.IsFinite(d) && Math.Truncate(d) == d && Math.Abs(d) < 7.9e28: integer = (decimal)d; return true;
            case float f when float.IsFinite(f) && MathF.Truncate(f) == f && Math.Abs(f) < 7.9e28f: integer = (decimal)f; return true;
            case System.Numerics.BigInteger big when big >= (System.Numerics.BigInteger)decimal.MinValue && big <= (System.Numerics.BigInteger)decimal.MaxValue:
                integer = (decimal)big;
                return true;
            default: integer = 0; return false;
        }
    }

    /// <summary>Gets any number as a double.</summary>
    public static bool TryGetDouble(object value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case System.Numerics.BigInteger big: number = (double)big; return true;
            default:
                if (IsNumber(value))
                {
                    number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    return true;
                }

                number = 0;
                return false;
        }
    }
}
