using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments on Object, Interface or Union Types: no fragment conditions on a leaf or input type.</summary>
public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    /// <inheritdoc />
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (context.Schema.GetType(node.TypeCondition.Name) is { IsComposite: false } type)
        {
            context.ReportError(
                $"Fragment \"{node.Name}\" cannot condition on non composite type \"{type.Name}\".", node.TypeCondition);
        }
    }

    /// <inheritdoc />
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && context.Schema.GetType(condition.Name) is { IsComposite: false } type)
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{type.Name}\".", condition);
        }
    }
}
