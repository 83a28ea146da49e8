using System.Collections;
using System.Globalization;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Utilities;

/// <summary>
/// Converts between literals in documents and coerced input values (spec 3.5–3.11 input coercion).
/// Coerced representation: scalars as their <see cref="ScalarType"/> parses them, enums as their internal value,
/// lists as <c>List&lt;object?&gt;</c>, input objects as <c>Dictionary&lt;string, object?&gt;</c>.
/// </summary>
public static class ValueLiterals
{
    /// <summary>
    /// Coerces a literal to <paramref name="type"/>, substituting variables from <paramref name="variables"/> (already
    /// coerced values). Throws <see cref="ValueCoercionException"/> with a message naming the problem.
    /// A top-level variable absent from <paramref name="variables"/> coerces to null; callers that must tell "absent"
    /// from "null" (argument coercion) check that case before calling.
    /// </summary>
    public static object? CoerceLiteral(ValueNode node, GraphType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(type);
        if (node is VariableNode variable)
        {
            object? value = null;
            if (variables is not null && variables.TryGetValue(variable.Name, out var provided))
            {
                value = provided;
            }

            if (value is null && type is NonNullType)
            {
                throw new ValueCoercionException($"Variable \"${variable.Name}\" of non-null type \"{type}\" must not be null.");
            }

            return value;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                throw new ValueCoercionException($"Expected non-nullable type \"{type}\" not to be null.");
            }

            return CoerceLiteral(node, nonNull.OfType, variables);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var item in listNode.Values)
                    {
                        items.Add(CoerceLiteral(item, list.OfType, variables));
                    }

                    return items;
                }

                return new List<object?> { CoerceLiteral(node, list.OfType, variables) };
            case InputObjectType input:
                return CoerceObjectLiteral(node, input, variables);
            case ScalarType scalar:
                return scalar.ParseLiteral(node);
            case EnumType enumType:
                return enumType.ParseLiteral(node);
            default:
                throw new ValueCoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    /// <summary>Like <see cref="CoerceLiteral"/> but reports failure instead of throwing.</summary>
    public static bool TryCoerceLiteral(
        ValueNode node, GraphType type, IReadOnlyDictionary<string, object?>? variables, out object? value, out string? error)
    {
        try
        {
            value = CoerceLiteral(node, type, variables);
            error = null;
            return true;
        }
        catch (ValueCoercionException exception)
        {
            value = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>
    /// Produces a literal for a coerced (internal) value of <paramref name="type"/>, e.g. to print a default value.
    /// Returns null when the value cannot be represented (e.g. null for a non-null type).
    /// </summary>
    public static ValueNode? AstFromValue(object? value, GraphType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable enumerable and not string && !IsMap(value))
                {
                    var items = new List<ValueNode>();
                    foreach (var item in enumerable)
                    {
                        if (AstFromValue(item, list.OfType) is { } itemNode)
                        {
                            items.Add(itemNode);
                        }
                    }

                    return new ListValueNode(items);
                }

                return AstFromValue(value, list.OfType);
            case InputObjectType input:
                return ObjectAst(value, input);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return ScalarAst(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    private static object CoerceObjectLiteral(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode objectNode)
        {
            throw new ValueCoercionException($"Expected value of type \"{input.Name}\" to be an object, found {CoercionDescribe(node)}.");
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (input.GetField(fieldNode.Name) is null)
            {
                throw new ValueCoercionException($"Field \"{fieldNode.Name}\" is not defined by type \"{input.Name}\".");
            }

            if (!given.TryAdd(fieldNode.Name, fieldNode))
            {
                throw new ValueCoercionException($"There can be only one input field named \"{fieldNode.Name}\".");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var present = given.TryGetValue(field.Name, out var fieldNode);
            if (present && fieldNode!.Value is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name)))
            {
                present = false;
            }

            if (!present)
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    throw new ValueCoercionException($"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            result[field.Name] = CoerceLiteral(fieldNode!.Value, field.Type, variables);
        }

        if (input.IsOneOf)
        {
            if (given.Count != 1)
            {
                throw new ValueCoercionException($"OneOf Input Object \"{input.Name}\" must specify exactly one key.");
            }

            if (result.Count != 1 || result.Values.First() is null)
            {
                throw new ValueCoercionException($"Field \"{input.Name}.{given.Keys.First()}\" must be non-null.");
            }
        }

        return result;
    }

    private static ValueNode? ObjectAst(object value, InputObjectType input)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields)
        {
            if (TryGetEntry(value, field.Name, out var fieldValue) && AstFromValue(fieldValue, field.Type) is { } fieldNode)
            {
                fields.Add(new ObjectFieldNode(field.Name, fieldNode));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static ValueNode ScalarAst(object serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case bool b:
                return new BooleanValueNode(b);
            case int or long or short or byte or uint or ulong or sbyte or ushort:
                return new IntValueNode(((IFormattable)serialized).ToString(null, CultureInfo.InvariantCulture));
            case double d:
                return Math.Truncate(d) == d && Math.Abs(d) < 1e21
                    ? new IntValueNode(d.ToString("F0", CultureInfo.InvariantCulture))
                    : new FloatValueNode(d.ToString("R", CultureInfo.InvariantCulture));
            case float f:
                return ScalarAst((double)f, scalar);
            case decimal m:
                return new FloatValueNode(m.ToString(CultureInfo.InvariantCulture));
            case string s when scalar is IdType && IsIntegerText(s):
                return new IntValueNode(s);
            case string s:
                return new StringValueNode(s);
            default:
                return new StringValueNode(Convert.ToString(serialized, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    private static bool IsIntegerText(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var start = text[0] == '-' ? 1 : 0;
        if (start == text.Length || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMap(object value) => value is IDictionary or IReadOnlyDictionary<string, object?>;

    private static bool TryGetEntry(object map, string key, out object? value)
    {
        switch (map)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(key, out value);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(key, out value);
            case IDictionary legacy when legacy.Contains(key):
                value = legacy[key];
                return true;
            default:
                var property = map.GetType().GetProperty(key, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
                value = property?.GetValue(map);
                return property is not null;
        }
    }

    private static string CoercionDescribe(ValueNode node) => node switch
    {
        ListValueNode => "a list",
        _ => node.ToString(),
    };
}
