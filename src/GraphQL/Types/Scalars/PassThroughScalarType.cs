using System.Globalization;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>
/// A scalar whose coercion is unknown (a schema rebuilt from introspection): values pass through unchanged and
/// literals become plain .NET values.
/// </summary>
public sealed class PassThroughScalarType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public PassThroughScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description, specifiedByUrl)
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value) => NumericInput.Unwrap(value);

    /// <inheritdoc />
    public override object ParseValue(object value) => NumericInput.Unwrap(value);

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => Plain(literal)
        ?? throw new ValueCoercionException($"{Name} cannot represent null.");

    private static object? Plain(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        IntValueNode i when long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        IntValueNode i => decimal.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(Plain).ToList(),
        ObjectValueNode obj => obj.Fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => Plain(g.Last().Value)),
        _ => null,
    };
}
