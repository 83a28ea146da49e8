using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation declares each variable once.</summary>
public sealed class VariableUniqueness : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) =>
        DuplicateNames.Report(
            context,
            node.VariableDefinitions,
            static variable => variable.Variable.Name,
            static name => $"There can be only one variable named \"${name}\".");
}
