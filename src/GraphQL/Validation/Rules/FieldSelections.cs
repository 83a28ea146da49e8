using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1 Field Selections: each selected field is defined on the type of its selection set.</summary>
public sealed class FieldSelections : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.ParentType is { } parentType && context.TypeInfo.FieldDefinition is null)
        {
            context.ReportError($"Cannot query field \"{node.Name}\" on type \"{parentType.Name}\".", node);
        }
    }
}
