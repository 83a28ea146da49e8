using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.2 Directives Are in Valid Locations: a directive is applied only where its definition allows.</summary>
public sealed class DirectivesAreInValidLocations : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.TypeInfo.Directive is { } directive && !directive.AllowsLocation(context.DirectiveLocation))
        {
            context.ReportError(
                $"Directive \"@{node.Name}\" may not be used on {DirectiveLocationNames.ToName(context.DirectiveLocation)}.", node);
        }
    }
}
