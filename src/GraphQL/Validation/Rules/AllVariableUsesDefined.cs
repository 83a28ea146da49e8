using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined: every variable used by an operation, or by a fragment it includes
/// transitively, is declared by that operation.
/// </summary>
public sealed class AllVariableUsesDefined : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var operationList = context.Operations;
        for (var operationIndex = 0; operationIndex < operationList.Count; operationIndex++)
        {
            var operation = operationList[operationIndex];
            var usageList = context.GetRecursiveVariableUsages(operation);
            for (var usageIndex = 0; usageIndex < usageList.Count; usageIndex++)
            {
                var usage = usageList[usageIndex];
                if (!IsDeclared(operation.VariableDefinitions, usage.Node.Name))
                {
                    var message = operation.Name is { } name
                        ? $"Variable \"${usage.Node.Name}\" is not defined by operation \"{name}\"."
                        : $"Variable \"${usage.Node.Name}\" is not defined.";
                    context.ReportError(message, usage.Node, operation);
                }
            }
        }
    }

    private static bool IsDeclared(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
