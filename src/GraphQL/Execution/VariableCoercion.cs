using System.Collections;
using System.Text.Json;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Spec CoerceVariableValues (6.1.2): coerces the raw, JSON-like variable values of a request to the declared types.
/// Every problem is a request error with code BAD_USER_INPUT; each variable's first problem is reported.
/// Coerced shapes match <see cref="ValueLiterals"/>: lists are <c>List&lt;object?&gt;</c>, input objects
/// <c>Dictionary&lt;string, object?&gt;</c>.
/// </summary>
internal static class VariableCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return EmptyVariables.Instance;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name;
            var type = TypeReferences.TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                // Validation rejects this; guard anyway so an unvalidated document cannot crash the executor.
                errors.Add(Error($"Variable \"${name}\" expected value of type \"{definition.Type}\" which cannot be used as an input type.", definition));
                continue;
            }

            object? value = null;
            var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
            if (hasValue && value is JsonElement { ValueKind: JsonValueKind.Undefined })
            {
                hasValue = false;
            }

            if (!hasValue && definition.DefaultValue is { } defaultValue)
            {
                try
                {
                    coerced[name] = ValueLiterals.CoerceLiteral(defaultValue, type);
                }
                catch (ValueCoercionException ex)
                {
                    errors.Add(Error($"Variable \"${name}\" has an invalid default value: {ex.Message}", definition));
                }

                continue;
            }

            if (type is NonNullType && (!hasValue || IsNull(value)))
            {
                errors.Add(Error(
                    hasValue
                        ? $"Variable \"${name}\" of non-null type \"{type}\" must not be null."
                        : $"Variable \"${name}\" of required type \"{type}\" was not provided.",
                    definition));
                continue;
            }

            if (!hasValue)
            {
                continue;
            }

            if (IsNull(value))
            {
                coerced[name] = null;
                continue;
            }

            try
            {
                coerced[name] = InputValues.CoerceInputValue(value, type);
            }
            catch (ValueCoercionException ex)
            {
                errors.Add(Error($"Variable \"${name}\" got invalid value {Describe(value)}; {ex.Message}", definition));
            }
        }

        return coerced;
    }

    private static bool IsNull(object? value) => value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    private static string Describe(object? value)
    {
        var text = value switch
        {
            JsonElement element => element.GetRawText(),
            string s => JsonSerializer.Serialize(s),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            IDictionary or IReadOnlyDictionary<string, object?> => "an object",
            IEnumerable => "a list",
            _ => "a value",
        };
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    private static GraphQLError Error(string message, VariableDefinitionNode definition) =>
        new(message, definition.Location is { } location ? [location] : null, code: ErrorCodes.BadUserInput);
}

/// <summary>A shared empty variable map.</summary>
internal static class EmptyVariables
{
    public static readonly IReadOnlyDictionary<string, object?> Instance = new Dictionary<string, object?>();
}
