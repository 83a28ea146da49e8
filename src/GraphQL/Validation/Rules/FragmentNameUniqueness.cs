using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: no two fragment definitions share a name.</summary>
public sealed class FragmentNameUniqueness : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var definitionList = node.Definitions;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
            if (definition is not FragmentDefinitionNode fragment)
            {
                continue;
            }

            var first = context.GetFragment(fragment.Name);
            if (ReferenceEquals(first, fragment))
            {
                continue;
            }

            // The context indexes the first definition of each name; every later one is a duplicate of it.
            context.ReportError($"There can be only one fragment named \"{fragment.Name}\".", first, fragment);
        }
    }
}
