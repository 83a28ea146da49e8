using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined: every directive used is defined by the schema.</summary>
public sealed class DirectivesAreDefined : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.TypeInfo.Directive is null)
        {
            context.ReportError($"Unknown directive \"@{node.Name}\".", node);
        }
    }
}
