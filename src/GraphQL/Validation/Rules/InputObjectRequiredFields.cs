using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.4 Input Object Required Fields: every input field of non-null type without a default is given, and not as
/// <c>null</c>.
/// </summary>
public sealed class InputObjectRequiredFields : ValidationRule
{
    /// <inheritdoc />
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode obj || context.TypeInfo.InputType?.GetNamedType() is not InputObjectType type)
        {
            return;
        }

        var definitionList = type.Fields;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
            if (definition.Type is not NonNullType || definition.HasDefaultValue)
            {
                continue;
            }

            var field = Find(obj.Fields, definition.Name);
            if (field is null)
            {
                context.ReportError(
                    $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
            }
            else if (field.Value is NullValueNode)
            {
                context.ReportError(
                    $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" must not be null.", field);
            }
        }
    }

    private static ObjectFieldNode? Find(IReadOnlyList<ObjectFieldNode> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == name)
            {
                return fields[i];
            }
        }

        return null;
    }
}
