using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or transitively, by some operation.</summary>
public sealed class FragmentsMustBeUsed : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        HashSet<string>? used = null;
        foreach (var definition in node.Definitions)
        {
            if (definition is not FragmentDefinitionNode fragment)
            {
                continue;
            }

            used ??= CollectUsed(context);
            if (!used.Contains(fragment.Name))
            {
                context.ReportError($"Fragment \"{fragment.Name}\" is never used.", fragment);
            }
        }
    }

    private static HashSet<string> CollectUsed(ValidationContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in context.Operations)
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name);
            }
        }

        return used;
    }
}
