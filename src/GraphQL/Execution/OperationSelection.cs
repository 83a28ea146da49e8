using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Execution;

/// <summary>Spec GetOperation (6.1): picks the operation to run by name, or the only one.</summary>
public static class OperationSelection
{
    /// <summary>The selected operation, or null with a request error.</summary>
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        error = null;
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null)
            {
                found ??= operation;
            }
            else if (operation.Name == operationName)
            {
                return operation;
            }
        }

        if (operationName is not null)
        {
            error = new GraphQLError($"Unknown operation named \"{operationName}\".", code: ErrorCodes.OperationResolutionFailure);
            return null;
        }

        if (count == 0)
        {
            error = new GraphQLError("Must provide an operation.", code: ErrorCodes.OperationResolutionFailure);
            return null;
        }

        if (count > 1)
        {
            error = new GraphQLError("Must provide operation name if query contains multiple operations.", code: ErrorCodes.OperationResolutionFailure);
            return null;
        }

        return found;
    }
}
