using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Type Existence: the schema has a root type for the operation's kind.</summary>
public sealed class OperationTypeExistence : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            var kind = node.Operation == OperationType.Mutation ? "mutation" : "subscription";
            context.ReportError($"The schema does not support {kind} operations.", node);
        }
    }
}
