using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary><c>Long</c>: a signed 64-bit integer, serialised as a JSON number. Internal value: <see cref="long"/>.</summary>
public sealed class LongType : ScalarType
{
    /// <summary>Creates the scalar under its conventional name.</summary>
    public LongType(string name = "Long")
        : base(name, "A signed 64-bit integer.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        if (value is long)
        {
            return value;
        }

        var unwrapped = NumericInput.Unwrap(value);
        if (unwrapped is long l)
        {
            return l;
        }

        if (unwrapped is string s && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        return NumericInput.TryGetInteger(unwrapped, out var integer)
            ? InRange(integer, value)
            : throw new ValueCoercionException($"Long cannot represent non-integer value: {Describe(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        return NumericInput.IsNumber(unwrapped) && NumericInput.TryGetInteger(unwrapped, out var integer)
            ? InRange(integer, value)
            : throw new ValueCoercionException($"Long cannot represent non-integer value: {Describe(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode i)
        {
            throw new ValueCoercionException($"Long cannot represent non-integer value: {Describe(literal)}");
        }

        return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ValueCoercionException($"Long cannot represent non 64-bit signed integer value: {Describe(literal)}");
    }

    private static long InRange(decimal integer, object original) =>
        integer is >= long.MinValue and <= long.MaxValue
            ? (long)integer
            : throw new ValueCoercionException($"Long cannot represent non 64-bit signed integer value: {Describe(original)}");
}
