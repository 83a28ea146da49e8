using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique per Location: a directive that is not <c>repeatable</c> appears at most once on
/// one operation, variable, fragment, field, spread or inline fragment.
/// </summary>
public sealed class DirectivesAreUniquePerLocation : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) =>
        Check(context, node.Directives);

    /// <inheritdoc />
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) =>
        Check(context, node.Directives);

    /// <inheritdoc />
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) =>
        Check(context, node.Directives);

    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Directives);

    /// <inheritdoc />
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) =>
        Check(context, node.Directives);

    /// <inheritdoc />
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) =>
        Check(context, node.Directives);

    private static void Check(ValidationContext context, IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 1; i < directives.Count; i++)
        {
            var name = directives[i].Name;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (directives[j].Name == name)
                {
                    context.ReportError(
                        $"The directive \"@{name}\" can only be used once at this location.", directives[j], directives[i]);
                    break;
                }
            }
        }
    }
}
