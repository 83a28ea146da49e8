using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.2 Input Object Field Names: each field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNames : ValidationRule
{
    /// <inheritdoc />
    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        // The walker has entered the field: the input object's type sits just below it.
        if (context.TypeInfo.InputValueDefinition is null
            && context.TypeInfo.ParentInputType?.GetNamedType() is InputObjectType parent)
        {
            context.ReportError($"Field \"{node.Name}\" is not defined by type \"{parent.Name}\".", node);
        }
    }
}
