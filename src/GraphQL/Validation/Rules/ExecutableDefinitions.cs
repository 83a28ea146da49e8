using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var definitionList = node.Definitions;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
            if (definition is not ExecutableDefinitionNode)
            {
                context.ReportError($"The {Describe(definition)} is not executable.", definition);
            }
        }
    }

    private static string Describe(DefinitionNode definition) => definition switch
    {
        SchemaDefinitionNode => "schema definition",
        SchemaExtensionNode => "schema extension",
        DirectiveDefinitionNode directive => $"directive definition \"@{directive.Name}\"",
        TypeDefinitionNode type => $"type definition \"{type.Name}\"",
        TypeExtensionNode extension => $"type extension \"{extension.Name}\"",
        _ => "definition",
    };
}
