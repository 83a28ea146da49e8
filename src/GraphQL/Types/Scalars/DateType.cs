using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary><c>Date</c>: a calendar date as <c>yyyy-MM-dd</c>. Internal value: <see cref="DateOnly"/>.</summary>
public sealed class DateType : ScalarType
{
    /// <summary>Creates the scalar under its conventional name.</summary>
    public DateType(string name = "Date")
        : base(name, "A calendar date without time or zone, as `yyyy-MM-dd`.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        DateOnly d => Format(d),
        DateTime dt => Format(DateOnly.FromDateTime(dt)),
        string s => Format(Parse(s)),
        _ => throw new ValueCoercionException($"Date cannot represent value: {Describe(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) =>
        NumericInput.Unwrap(value) is string s
            ? Parse(s)
            : throw new ValueCoercionException($"Date cannot represent a non string value: {Describe(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : throw new ValueCoercionException($"Date cannot represent a non string value: {Describe(literal)}");

    private static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result
            : throw new ValueCoercionException($"Date cannot represent {Describe(text)}: expected a date such as \"2024-05-01\".");
}
