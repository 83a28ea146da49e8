using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Execution;

/// <summary>Spec CoerceArgumentValues (6.4.1): literal and variable arguments of a field to coerced values, defaults applied.</summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldDefinition definition,
        FieldNode field,
        IReadOnlyDictionary<string, object?> variables,
        out GraphQLError? error)
    {
        error = null;
        var definitions = definition.Arguments;
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var argument in definitions)
        {
            ArgumentNode? provided = null;
            foreach (var node in field.Arguments)
            {
                if (node.Name == argument.Name)
                {
                    provided = node;
                    break;
                }
            }

            var hasValue = false;
            object? value = null;
            if (provided?.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name, out value);
            }
            else if (provided is not null)
            {
                hasValue = true;
            }

            if (!hasValue && argument.HasDefaultValue)
            {
                coerced[argument.Name] = argument.DefaultValue;
                continue;
            }

            var isNull = provided?.Value is NullValueNode || (provided?.Value is VariableNode && value is null);
            if (argument.Type is NonNullType && (!hasValue || isNull))
            {
                error = Error(
                    hasValue
                        ? $"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null."
                        : $"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.",
                    provided ?? (SyntaxNode)field);
                return NoArguments;
            }

            if (!hasValue)
            {
                continue;
            }

            if (isNull)
            {
                coerced[argument.Name] = null;
            }
            else if (provided!.Value is VariableNode)
            {
                coerced[argument.Name] = value;
            }
            else
            {
                try
                {
                    coerced[argument.Name] = ValueLiterals.CoerceLiteral(provided.Value, argument.Type, variables);
                }
                catch (ValueCoercionException ex)
                {
                    error = Error($"Argument \"{argument.Name}\" has invalid value {provided.Value}: {ex.Message}", provided);
                    return NoArguments;
                }
            }
        }

        return coerced;
    }

    private static GraphQLError Error(string message, SyntaxNode node) =>
        new(message, node.Location is { } location ? [location] : null, code: ErrorCodes.BadUserInput);
}
