using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence: named and inline fragments condition on types of the schema.</summary>
public sealed class FragmentSpreadTypeExistence : ValidationRule
{
    /// <inheritdoc />
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) =>
        Check(context, node.TypeCondition);

    /// <inheritdoc />
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition)
        {
            Check(context, typeCondition);
        }
    }

    private static void Check(ValidationContext context, NamedTypeNode typeCondition)
    {
        if (context.Schema.GetType(typeCondition.Name) is null)
        {
            context.ReportError($"Unknown type \"{typeCondition.Name}\".", typeCondition);
        }
    }
}
