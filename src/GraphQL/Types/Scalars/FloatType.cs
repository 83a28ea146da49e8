using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite IEEE 754 double (spec 3.5.2).</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        // Hot path: hand back the resolver's boxed double instead of boxing a copy.
        if (value is double d && double.IsFinite(d))
        {
            return value;
        }

        var unwrapped = NumericInput.Unwrap(value);
        double number;
        switch (unwrapped)
        {
            case bool b:
                return b ? 1.0 : 0.0;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            default:
                if (!NumericInput.TryGetDouble(unwrapped, out number))
                {
                    throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe(value)}");
                }

                break;
        }

        return Finite(number, value);
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        if (!NumericInput.TryGetDouble(unwrapped, out var number))
        {
            throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe(value)}");
        }

        return Finite(number, value);
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new ValueCoercionException($"Float cannot represent non numeric value: {Describe(literal)}"),
        };
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return Finite(number, text);
    }

    private static double Finite(double number, object original) =>
        double.IsFinite(number)
            ? number
            : throw new ValueCoercionException($"Float cannot represent non-finite value: {Describe(original)}");
}
