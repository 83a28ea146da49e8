using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>Adapts transport variable payloads to <see cref="ExecutionArgs.Variables"/>.</summary>
public static class VariableValues
{
    /// <summary>
    /// Wraps a JSON object of variables without converting the values (they are coerced lazily by type).
    /// Null or JSON null gives no variables; any other non-object kind, or a name with a lone surrogate, throws <see cref="GraphQLException"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? FromJson(JsonElement? variables)
    {
        if (variables is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLException("Variables must be a JSON object.", ErrorCodes.BadUserInput);
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            try
            {
                values[Utilities.JsonText.NameOf(property)] = property.Value;
            }
            catch (Types.ValueCoercionException)
            {
                throw new GraphQLException("Variable names must be valid Unicode text.", ErrorCodes.BadUserInput);
            }
        }

        return values;
    }
}
