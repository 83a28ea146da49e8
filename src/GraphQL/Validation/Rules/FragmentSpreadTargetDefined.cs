using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined: every named spread refers to a fragment of the document.</summary>
public sealed class FragmentSpreadTargetDefined : ValidationRule
{
    /// <inheritdoc />
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name}\".", node);
        }
    }
}
