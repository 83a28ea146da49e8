using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.</summary>
public sealed class InputObjectFieldUniqueness : ValidationRule
{
    /// <inheritdoc />
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is ObjectValueNode obj)
        {
            DuplicateNames.Report(
                context,
                obj.Fields,
                static field => field.Name,
                static name => $"There can be only one input field named \"{name}\".");
        }
    }
}
