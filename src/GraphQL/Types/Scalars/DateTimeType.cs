using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant as an RFC 3339 / ISO-8601 string with a UTC offset (e.g. <c>2024-05-01T09:30:00+02:00</c>).
/// Input without an offset is refused because it does not identify an instant. Internal value: <see cref="DateTimeOffset"/>.
/// </summary>
public sealed class DateTimeType : ScalarType
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Creates the scalar under its conventional name.</summary>
    public DateTimeType(string name = "DateTime")
        : base(name, "An instant in time: an RFC 3339 date-time string with a UTC offset, e.g. `2024-05-01T09:30:00Z`.", "https://scalars.graphql.org/andimarek/date-time")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        DateTimeOffset dto => Format(dto),
        DateTime dt when dt.Kind == DateTimeKind.Utc => Format(new DateTimeOffset(dt)),
        DateTime dt when dt.Kind == DateTimeKind.Local => Format(new DateTimeOffset(dt)),
        DateTime => throw new ValueCoercionException("DateTime cannot serialize a DateTime of unspecified kind; use DateTimeOffset or a UTC DateTime."),
        string s => Format(Parse(s)),
        _ => throw new ValueCoercionException($"DateTime cannot represent value: {Describe(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) =>
        NumericInput.Unwrap(value) is string s
            ? Parse(s)
            : throw new ValueCoercionException($"DateTime cannot represent a non string value: {Describe(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : throw new ValueCoercionException($"DateTime cannot represent a non string value: {Describe(literal)}");

    private static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text)
    {
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            && (text.EndsWith('Z') || text.EndsWith('z') || HasNumericOffset(text)))
        {
            return result;
        }

        throw new ValueCoercionException($"DateTime cannot represent {Describe(text)}: expected an RFC 3339 date-time with offset such as \"2024-05-01T09:30:00Z\".");
    }

    private static bool HasNumericOffset(string text) =>
        text.Length >= 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':';
}
