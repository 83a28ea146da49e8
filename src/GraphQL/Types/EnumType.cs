using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>An enum type (spec 3.9): a closed set of named values, each mapped to an internal .NET value.</summary>
public sealed class EnumType : NamedType
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    // Rebuilt whenever values or their internal values change (only while building), so reads need no locking.
    private Dictionary<object, EnumValueDefinition> _byValue = [];

    /// <summary>Creates an empty enum; add values with <see cref="AddValue"/>.</summary>
    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    /// <summary>Adds a value.</summary>
    public void AddValue(EnumValueDefinition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values.Add(value);
        _byName.TryAdd(value.Name, value);
        _byValue = BuildValueIndex();
    }

    /// <summary>The value with this name, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Maps the values to members of a CLR enum, matching names case-insensitively and ignoring underscores
    /// (<c>HIGH_RISK</c> ↔ <c>HighRisk</c>). Returns the GraphQL names that found no member.
    /// </summary>
    public IReadOnlyList<string> BindClrEnum(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        if (!enumType.IsEnum)
        {
            throw new ArgumentException($"{enumType.Name} is not an enum type.", nameof(enumType));
        }

        var members = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in Enum.GetValues(enumType))
        {
            members.TryAdd(Canonical(member.ToString()!), member);
        }

        var missing = new List<string>();
        foreach (var value in _values)
        {
            if (members.TryGetValue(Canonical(value.Name), out var member))
            {
                value.Value = member;
            }
            else
            {
                missing.Add(value.Name);
            }
        }

        _byValue = BuildValueIndex();
        return missing;
    }

    /// <summary>Result coercion: the name of the value whose internal value equals <paramref name="value"/>.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        // Tolerate resolvers that return the name itself or an unbound CLR enum member of matching name.
        if (value is string name && _byName.TryGetValue(name, out definition))
        {
            return definition.Name;
        }

        if (value is Enum member)
        {
            var canonical = Canonical(member.ToString());
            foreach (var candidate in _values)
            {
                if (string.Equals(Canonical(candidate.Name), canonical, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate.Name;
                }
            }
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {CoercionText.Describe(value)}");
    }

    /// <summary>Input coercion of a variable value: the value's name as a string.</summary>
    public object ParseValue(object value)
    {
        var unwrapped = NumericInput.Unwrap(value);
        if (unwrapped is string name)
        {
            if (_byName.TryGetValue(name, out var definition))
            {
                return definition.Value;
            }

            throw new ValueCoercionException($"Value \"{Truncate(name)}\" does not exist in \"{Name}\" enum.");
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-string value: {CoercionText.Describe(value)}");
    }

    /// <summary>Input coercion of a literal: only an enum literal naming one of the values (never a string).</summary>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is EnumValueNode enumNode)
        {
            if (_byName.TryGetValue(enumNode.Value, out var definition))
            {
                return definition.Value;
            }

            throw new ValueCoercionException($"Value \"{Truncate(enumNode.Value)}\" does not exist in \"{Name}\" enum.");
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {CoercionText.Describe(literal)}.");
    }

    private static string Canonical(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal);

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private Dictionary<object, EnumValueDefinition> BuildValueIndex()
    {
        var index = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in _values)
        {
            index.TryAdd(value.Value, value);
        }

        return index;
    }
}
