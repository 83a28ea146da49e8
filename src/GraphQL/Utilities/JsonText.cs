using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Utilities;

/// <summary>
/// Reads strings and property names out of client JSON. System.Text.Json accepts escaped lone surrogates
/// (<c>"\ud800"</c>) while parsing and only throws <see cref="InvalidOperationException"/> when the text is read;
/// this turns that into a client-facing <see cref="ValueCoercionException"/>.
/// </summary>
internal static class JsonText
{
    private const string Invalid = "contains an invalid Unicode escape sequence (a lone surrogate)";

    /// <summary>The string value of a JSON string element.</summary>
    public static string StringOf(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new ValueCoercionException("String value " + Invalid + ".", ex);
        }
    }

    /// <summary>The name of a JSON object property.</summary>
    public static string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException ex)
        {
            throw new ValueCoercionException("Property name " + Invalid + ".", ex);
        }
    }
}
