using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Operation Name Uniqueness: no two operations share a name, whatever their kinds.</summary>
public sealed class OperationNameUniqueness : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var operations = context.Operations;
        if (operations.Count < 2)
        {
            return;
        }

        var firstByName = new Dictionary<string, OperationDefinitionNode>(StringComparer.Ordinal);
        var operationList = operations;
        for (var operationIndex = 0; operationIndex < operationList.Count; operationIndex++)
        {
            var operation = operationList[operationIndex];
            if (operation.Name is not { } name)
            {
                continue;
            }

            if (firstByName.TryGetValue(name, out var first))
            {
                context.ReportError($"There can be only one operation named \"{name}\".", first, operation);
            }
            else
            {
                firstByName.Add(name, operation);
            }
        }
    }
}
