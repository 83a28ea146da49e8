using System.Collections;
using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Utilities;

/// <summary>
/// Coerces JSON-like external input (variable values) to an input type (spec 3.5–3.11 input coercion, graphql-js
/// coerceInputValue). Accepts plain .NET values, dictionaries, lists and <see cref="JsonElement"/>.
/// </summary>
public static class InputValues
{
    /// <summary>
    /// Returns the coerced value or throws <see cref="ValueCoercionException"/>; the message names the path inside the
    /// value (e.g. <c>at "input.items[2].amount"</c>) when the problem is nested.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphType type) => Coerce(value, type, []);

    private static object? Coerce(object? value, GraphType type, List<object> path)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                throw Fail($"Expected non-nullable type \"{type}\" not to be null", path);
            }

            return Coerce(value, nonNull.OfType, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (TryEnumerate(value, out var items))
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index);
                        result.Add(Coerce(item, list.OfType, path));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return result;
                }

                return new List<object?> { Coerce(value, list.OfType, path) };
            case InputObjectType input:
                return CoerceObject(value, input, path);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseValue(value), path);
            case EnumType enumType:
                return Leaf(() => enumType.ParseValue(value), path);
            default:
                throw Fail($"Type \"{type}\" is not an input type", path);
        }
    }

    private static object CoerceObject(object value, InputObjectType input, List<object> path)
    {
        if (!TryReadMap(value, out var entries))
        {
            throw Fail($"Expected type \"{input.Name}\" to be an object", path);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    throw Fail($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided", path);
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in entries.Keys)
        {
            if (input.GetField(key) is null)
            {
                throw Fail($"Field \"{key}\" is not defined by type \"{input.Name}\"", path);
            }
        }

        if (input.IsOneOf)
        {
            if (entries.Count != 1)
            {
                throw Fail($"Exactly one key must be specified for OneOf type \"{input.Name}\"", path);
            }

            var only = entries.Keys.First();
            if (result.GetValueOrDefault(only) is null)
            {
                throw Fail($"Field \"{only}\" must be non-null", path);
            }
        }

        return result;
    }

    private static object Leaf(Func<object> parse, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (ValueCoercionException exception) when (path.Count > 0)
        {
            throw Fail(exception.Message.TrimEnd('.'), path);
        }
    }

    private static ValueCoercionException Fail(string message, List<object> path) =>
        new(path.Count == 0 ? message + "." : $"{message} at \"{FormatPath(path)}\".");

    private static string FormatPath(List<object> path)
    {
        var text = new System.Text.StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(segment);
            }
        }

        return text.ToString();
    }

    private static bool TryEnumerate(object value, out IEnumerable items)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                items = array.EnumerateArray().Select(e => (object)e);
                return true;
            case string or JsonElement or IDictionary or IReadOnlyDictionary<string, object?>:
                items = Array.Empty<object>();
                return false;
            case IEnumerable enumerable:
                items = enumerable;
                return true;
            default:
                items = Array.Empty<object>();
                return false;
        }
    }

    private static bool TryReadMap(object value, out Dictionary<string, object?> entries)
    {
        entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                foreach (var property in element.EnumerateObject())
                {
                    entries[JsonText.NameOf(property)] = property.Value;
                }

                return true;
            case IReadOnlyDictionary<string, object?> readOnly:
                foreach (var (key, item) in readOnly)
                {
                    entries[key] = item;
                }

                return true;
            case IDictionary<string, object?> dictionary:
                foreach (var (key, item) in dictionary)
                {
                    entries[key] = item;
                }

                return true;
            case IDictionary legacy:
                foreach (DictionaryEntry entry in legacy)
                {
                    if (entry.Key is string key)
                    {
                        entries[key] = entry.Value;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
