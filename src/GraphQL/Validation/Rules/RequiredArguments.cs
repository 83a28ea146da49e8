using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.3 Required Arguments: every argument of non-null type without a default is given, and not as <c>null</c>.
/// </summary>
public sealed class RequiredArguments : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.FieldDefinition is { } field)
        {
            Check(context, node, node.Arguments, field.Arguments, "Field \"", node.Name);
        }
    }

    /// <inheritdoc />
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.TypeInfo.Directive is { } directive)
        {
            Check(context, node, node.Arguments, directive.Arguments, "Directive \"@", node.Name);
        }
    }

    private static void Check(
        ValidationContext context,
        SyntaxNode owner,
        IReadOnlyList<ArgumentNode> given,
        IReadOnlyList<InputValueDefinition> definitions,
        string ownerPrefix,
        string ownerName)
    {
        var definitionList = definitions;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
            if (definition.Type is not NonNullType || definition.HasDefaultValue)
            {
                continue;
            }

            var argument = Find(given, definition.Name);
            if (argument is null)
            {
                context.ReportError(
                    $"{ownerPrefix}{ownerName}\" argument \"{definition.Name}\" of type \"{definition.Type}\" is required, but it was not provided.",
                    owner);
            }
            else if (argument.Value is NullValueNode)
            {
                context.ReportError(
                    $"{ownerPrefix}{ownerName}\" argument \"{definition.Name}\" of type \"{definition.Type}\" is required and must not be null.",
                    argument);
            }
        }
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name == name)
            {
                return arguments[i];
            }
        }

        return null;
    }
}
