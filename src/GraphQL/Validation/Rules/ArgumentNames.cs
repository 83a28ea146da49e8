using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: each argument is defined by its field or directive.</summary>
public sealed class ArgumentNames : ValidationRule
{
    /// <inheritdoc />
    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.Argument is not null)
        {
            return;
        }

        if (typeInfo.InDirective)
        {
            // An unknown directive is reported by DirectivesAreDefined; its arguments are not guessed at.
            if (typeInfo.Directive is { } directive)
            {
                context.ReportError($"Unknown argument \"{node.Name}\" on directive \"@{directive.Name}\".", node);
            }
        }
        else if (typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parent)
        {
            context.ReportError($"Unknown argument \"{node.Name}\" on field \"{parent.Name}.{field.Name}\".", node);
        }
    }
}
