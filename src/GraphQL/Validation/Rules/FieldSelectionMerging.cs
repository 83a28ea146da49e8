using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name that can meet on one object select the same
/// field with the same arguments, and every two such fields have the same response shape (FieldsInSetCanMerge).
/// The comparison is memoised per selection set, fragment pair and field pair (see <see cref="FieldConflictFinder"/>).
/// </summary>
public sealed class FieldSelectionMerging : ValidationRule
{
    /// <inheritdoc />
    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        if (CannotConflict(node))
        {
            return;
        }

        var finder = context.GetRuleState(static c => new FieldConflictFinder(c));
        if (finder.IsExhausted)
        {
            return;
        }

        var conflicts = finder.FindConflictsWithin(context.TypeInfo.ParentType, node);
        if (finder.IsExhausted && !finder.ExhaustionReported)
        {
            finder.ExhaustionReported = true;
            context.ReportError(
                $"The document is too complex to check that its fields can be merged (more than {FieldConflictFinder.MaxComparisons} field comparisons).",
                node);
        }

        if (conflicts is null)
        {
            return;
        }

        foreach (var conflict in conflicts)
        {
            var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            context.ReportError(
                $"Fields \"{conflict.ResponseName}\" conflict because {conflict.DescribeReason()}. "
                + "Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }
    }

    /// <summary>
    /// Most selection sets are plain fields with distinct response names, or a lone fragment spread: nothing in them can
    /// conflict (sub-selections are checked when the walker reaches them), so they skip the gathering entirely.
    /// </summary>
    private static bool CannotConflict(SelectionSetNode node)
    {
        var selections = node.Selections;
        if (selections.Count == 1)
        {
            return selections[0] is not InlineFragmentNode;
        }

        if (selections.Count > 16)
        {
            return false;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            var key = field.ResponseKey;
            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == key)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
