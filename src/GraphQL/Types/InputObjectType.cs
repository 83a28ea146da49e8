namespace Platform.GraphQL.Types;

/// <summary>
/// An input object type (spec 3.10). Coerced values are <c>IReadOnlyDictionary&lt;string, object?&gt;</c> holding an
/// entry for each field given or defaulted.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly List<InputValueDefinition> _fields = [];
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates an empty input object type.</summary>
    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    /// <summary>True for a OneOf input object (<c>@oneOf</c>): exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>Adds a field.</summary>
    public void AddField(InputValueDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields.Add(field);
        _byName.TryAdd(field.Name, field);
    }

    /// <summary>The field with this name, or null.</summary>
    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);
}
