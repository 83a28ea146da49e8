using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.</summary>
public sealed class ArgumentUniqueness : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Arguments);

    /// <inheritdoc />
    public override void EnterDirective(ValidationContext context, DirectiveNode node) => Check(context, node.Arguments);

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments) =>
        DuplicateNames.Report(
            context,
            arguments,
            static argument => argument.Name,
            static name => $"There can be only one argument named \"{name}\".");
}
