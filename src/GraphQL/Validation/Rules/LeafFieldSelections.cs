using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 Leaf Field Selections: scalar and enum fields have no sub-selection; object, interface and union
/// fields must have one.
/// </summary>
public sealed class LeafFieldSelections : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var named = type.GetNamedType();
        if (named.IsLeaf && node.SelectionSet is not null)
        {
            context.ReportError(
                $"Field \"{node.Name}\" must not have a selection since type \"{type}\" has no subfields.", node.SelectionSet);
        }
        else if (named.IsComposite && node.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{node.Name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name} {{ ... }}\"?",
                node);
        }
    }
}
