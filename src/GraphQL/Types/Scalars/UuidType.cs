using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary><c>UUID</c>: an RFC 4122 UUID in its 36-character hyphenated form. Internal value: <see cref="Guid"/>.</summary>
public sealed class UuidType : ScalarType
{
    /// <summary>Creates the scalar under its conventional name.</summary>
    public UuidType(string name = "UUID")
        : base(name, "A universally unique identifier in its hyphenated form, e.g. `123e4567-e89b-12d3-a456-426614174000`.", "https://www.rfc-editor.org/rfc/rfc4122")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        Guid g => g.ToString("D"),
        string s => Parse(s).ToString("D"),
        _ => throw new ValueCoercionException($"UUID cannot represent value: {Describe(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) =>
        NumericInput.Unwrap(value) is string s
            ? Parse(s)
            : throw new ValueCoercionException($"UUID cannot represent a non string value: {Describe(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : throw new ValueCoercionException($"UUID cannot represent a non string value: {Describe(literal)}");

    private static Guid Parse(string text) =>
        Guid.TryParseExact(text, "D", out var result)
            ? result
            : throw new ValueCoercionException($"UUID cannot represent {Describe(text)}: expected a hyphenated UUID.");
}
