using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5). Subclass it to add a custom scalar and register it with the schema builder.
/// Null never reaches these methods: callers handle null (and variables inside literals) before coercing.
/// </summary>
public abstract class ScalarType : NamedType
{
    /// <summary>Initialises the scalar's name, description and <c>@specifiedBy</c> URL.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL from <c>@specifiedBy</c>, or null.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>True for String, Int, Float, Boolean and ID.</summary>
    public bool IsSpecified => this is IntType or FloatType or StringType or BooleanType or IdType;

    /// <summary>
    /// Result coercion: turns a resolver's value into a JSON-ready value (string, bool, int, long, double, decimal).
    /// Throws <see cref="ValueCoercionException"/> when the value cannot be represented.
    /// </summary>
    public abstract object Serialize(object value);

    /// <summary>
    /// Input coercion of a variable value (JSON-like: string, bool, integral or floating numbers, or a
    /// <see cref="System.Text.Json.JsonElement"/>). Throws <see cref="ValueCoercionException"/>.
    /// </summary>
    public abstract object ParseValue(object value);

    /// <summary>
    /// Input coercion of a literal written in the document (never a variable or <c>null</c> literal).
    /// Throws <see cref="ValueCoercionException"/>.
    /// </summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>Describes a value for an error message without dumping large or sensitive content.</summary>
    protected static string Describe(object? value) => CoercionText.Describe(value);

    /// <summary>Describes a literal for an error message.</summary>
    protected static string Describe(ValueNode literal) => CoercionText.Describe(literal);
}
