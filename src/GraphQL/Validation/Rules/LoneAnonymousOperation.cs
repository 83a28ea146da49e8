using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1 Lone Anonymous Operation: an anonymous operation must be the document's only operation.</summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        if (context.Operations.Count < 2)
        {
            return;
        }

        var operationList = context.Operations;
        for (var operationIndex = 0; operationIndex < operationList.Count; operationIndex++)
        {
            var operation = operationList[operationIndex];
            if (operation.Name is null)
            {
                context.ReportError("This anonymous operation must be the only defined operation.", operation);
            }
        }
    }
}
