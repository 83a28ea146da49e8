using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The built-in <c>String</c>: UTF-8 text (spec 3.5.3).</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        if (value is string)
        {
            return value;
        }

        var unwrapped = NumericInput.Unwrap(value);
        return unwrapped switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            char c => c.ToString(),
            Enum e => e.ToString(),
            Guid g => g.ToString(),
            _ when NumericInput.IsNumber(unwrapped) => ((IFormattable)unwrapped).ToString(null, CultureInfo.InvariantCulture),
            _ => throw new ValueCoercionException($"String cannot represent value: {Describe(value)}"),
        };
    }

    /// <inheritdoc />
    public override object ParseValue(object value) =>
        NumericInput.Unwrap(value) is string s
            ? s
            : throw new ValueCoercionException($"String cannot represent a non string value: {Describe(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? s.Value
            : throw new ValueCoercionException($"String cannot represent a non string value: {Describe(literal)}");
}
