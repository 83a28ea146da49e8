using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: an exact decimal number (money, rates). Serialised as a JSON string so no client parses it into a
/// binary float and loses cents; accepted as a string or a number. Internal value: <see cref="decimal"/>.
/// </summary>
public sealed class DecimalType : ScalarType
{
    /// <summary>Creates the scalar under its conventional name.</summary>
    public DecimalType(string name = "Decimal")
        : base(name, "An exact decimal number, serialized as a string (e.g. `\"1234.50\"`) to keep its precision; input accepts a string or a number.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        return unwrapped switch
        {
            decimal m => Format(m),
            string s => Format(Parse(s)),
            double or float when NumericInput.TryGetDouble(unwrapped, out var d) && double.IsFinite(d) => Format((decimal)d),
            _ when NumericInput.TryGetInteger(unwrapped, out var integer) => Format(integer),
            _ => throw new ValueCoercionException($"Decimal cannot represent value: {Describe(value)}"),
        };
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        switch (unwrapped)
        {
            case decimal m:
                return m;
            case string s:
                return Parse(s);
            case double or float:
                NumericInput.TryGetDouble(unwrapped, out var d);
                return double.IsFinite(d) && Math.Abs(d) < 7.9e28
                    ? (decimal)d
                    : throw new ValueCoercionException($"Decimal cannot represent value: {Describe(value)}");
        }

        return NumericInput.TryGetInteger(unwrapped, out var integer)
            ? integer
            : throw new ValueCoercionException($"Decimal cannot represent value: {Describe(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => Parse(s.Value),
        IntValueNode i => Parse(i.Value),
        FloatValueNode f => Parse(f.Value),
        _ => throw new ValueCoercionException($"Decimal cannot represent value: {Describe(literal)}"),
    };

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Parse(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ValueCoercionException($"Decimal cannot represent {Describe(text)}: expected a decimal number such as \"1234.50\".");
}
