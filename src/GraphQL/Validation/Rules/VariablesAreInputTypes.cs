using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types: each variable is declared with a known scalar, enum or input object type.</summary>
public sealed class VariablesAreInputTypes : ValidationRule
{
    /// <inheritdoc />
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        var named = context.Schema.GetType(node.Type.NamedType.Name);
        if (named is null)
        {
            context.ReportError($"Unknown type \"{node.Type.NamedType.Name}\".", node.Type);
        }
        else if (!named.IsInputType)
        {
            context.ReportError($"Variable \"${node.Variable.Name}\" cannot be non-input type \"{node.Type}\".", node.Type);
        }
    }
}
