using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or transitively, by some operation.</summary>
public sealed class FragmentsMustBeUsed : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        HashSet<string>? used = null;
        var definitionList = node.Definitions;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
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
        var operationList = context.Operations;
        for (var operationIndex = 0; operationIndex < operationList.Count; operationIndex++)
        {
            var operation = operationList[operationIndex];
            var fragmentList = context.GetRecursivelyReferencedFragments(operation);
            for (var fragmentIndex = 0; fragmentIndex < fragmentList.Count; fragmentIndex++)
            {
                var fragment = fragmentList[fragmentIndex];
                used.Add(fragment.Name);
            }
        }

        return used;
    }
}
