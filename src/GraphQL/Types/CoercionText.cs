using System.Globalization;
using System.Text.Json;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>Renders values inside coercion error messages, short and in GraphQL notation.</summary>
internal static class CoercionText
{
    private const int MaxLength = 60;

    public static string Describe(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            bool b => b ? "true" : "false",
            JsonElement e => e.GetRawText(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            System.Collections.IDictionary or IReadOnlyDictionary<string, object?> => "an object",
            System.Collections.IEnumerable => "a list",
            _ => "a value of type " + value.GetType().Name,
        };
        return Truncate(text);
    }

    public static string Describe(ValueNode literal) => literal switch
    {
        ListValueNode => "a list",
        ObjectValueNode => "an object",
        _ => Truncate(literal.ToString()),
    };

    private static string Truncate(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
