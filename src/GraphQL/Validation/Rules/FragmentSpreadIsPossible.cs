using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible: a fragment's type condition shares at least one possible object type with
/// the selection set it is spread in (an interface fragment may also be spread in an interface it implements).
/// </summary>
public sealed class FragmentSpreadIsPossible : ValidationRule
{
    /// <inheritdoc />
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        // The walker has already entered the fragment: Type is its condition, ParentType the enclosing selection set.
        if (context.TypeInfo.Type?.GetNamedType() is { IsComposite: true } fragmentType
            && context.TypeInfo.ParentType is { } parentType
            && !IsPossible(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    /// <inheritdoc />
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name) is { IsComposite: true } fragmentType
            && context.TypeInfo.ParentType is { } parentType
            && !IsPossible(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment \"{node.Name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    private static bool IsPossible(Schema schema, NamedType fragmentType, NamedType parentType) =>
        TypeReferences.DoTypesOverlap(schema, fragmentType, parentType)
        || (fragmentType is InterfaceType && parentType is InterfaceType && schema.IsSubType(parentType, fragmentType));
}
