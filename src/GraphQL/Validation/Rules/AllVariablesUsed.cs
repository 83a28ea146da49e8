using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 All Variables Used: every variable an operation declares is used by it or by a fragment it includes
/// transitively.
/// </summary>
public sealed class AllVariablesUsed : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var operationList = context.Operations;
        for (var operationIndex = 0; operationIndex < operationList.Count; operationIndex++)
        {
            var operation = operationList[operationIndex];
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var usages = context.GetRecursiveVariableUsages(operation);
            var definitionList = operation.VariableDefinitions;
            for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
            {
                var definition = definitionList[definitionIndex];
                if (IsUsed(usages, definition.Variable.Name))
                {
                    continue;
                }

                var message = operation.Name is { } name
                    ? $"Variable \"${definition.Variable.Name}\" is never used in operation \"{name}\"."
                    : $"Variable \"${definition.Variable.Name}\" is never used.";
                context.ReportError(message, definition);
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (usages[i].Node.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
