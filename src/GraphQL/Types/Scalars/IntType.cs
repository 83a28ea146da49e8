using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        // Hot path: hand back the resolver's boxed int instead of boxing a copy.
        if (value is int)
        {
            return value;
        }

        var unwrapped = NumericInput.Unwrap(value);
        switch (unwrapped)
        {
            case int i:
                return i;
            case bool b:
                return b ? 1 : 0;
            case string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                return InRange(parsed, unwrapped);
        }

        if (NumericInput.TryGetInteger(unwrapped, out var integer))
        {
            return InRange(integer, unwrapped);
        }

        throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        if (unwrapped is int i)
        {
            return i;
        }

        if (NumericInput.IsNumber(unwrapped) && NumericInput.TryGetInteger(unwrapped, out var integer))
        {
            return InRange(integer, unwrapped);
        }

        throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intNode)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Describe(literal)}");
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {Describe(literal)}");
        }

        return result;
    }

    private static int InRange(decimal integer, object original) =>
        integer is >= int.MinValue and <= int.MaxValue
            ? (int)integer
            : throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {Describe(original)}");
}
