using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: accepts strings and integers, always serialises as a string (spec 3.5.5).</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        return unwrapped switch
        {
            string s => s,
            Guid g => g.ToString(),
            _ when NumericInput.IsNumber(unwrapped) && NumericInput.TryGetInteger(unwrapped, out var integer) =>
                integer.ToString(CultureInfo.InvariantCulture),
            _ => throw new ValueCoercionException($"ID cannot represent value: {Describe(value)}"),
        };
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        if (unwrapped is string s)
        {
            return s;
        }

        // A JSON number counts as an integer only when it is written without a fractional part.
        if (unwrapped is int or long or short or byte or sbyte or ushort or uint or ulong or System.Numerics.BigInteger)
        {
            return ((IFormattable)unwrapped).ToString(null, CultureInfo.InvariantCulture);
        }

        throw new ValueCoercionException($"ID cannot represent value: {Describe(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => NormaliseInteger(i.Value),
        _ => throw new ValueCoercionException($"ID cannot represent a non-string and non-integer value: {Describe(literal)}"),
    };

    // "007" is not a valid IntValue token, so the text is already canonical except for "-0".
    private static string NormaliseInteger(string text) => text == "-0" ? "0" : text;
}
