using System.Reflection;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Convenience base for rules: every event is a no-op, and <see cref="Events"/> is derived from the methods the
/// subclass overrides, so a rule only states what it checks.
/// </summary>
public abstract class ValidationRule : IValidationRule
{
    /// <summary>Derives the subscribed events from the overridden methods.</summary>
    protected ValidationRule() => Events = DetectOverrides(GetType());

    /// <inheritdoc />
    public ValidationEvents Events { get; }

    /// <inheritdoc />
    public virtual void EnterDocument(ValidationContext context, DocumentNode node) { }

    /// <inheritdoc />
    public virtual void LeaveDocument(ValidationContext context, DocumentNode node) { }

    /// <inheritdoc />
    public virtual void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) { }

    /// <inheritdoc />
    public virtual void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node) { }

    /// <inheritdoc />
    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) { }

    /// <inheritdoc />
    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) { }

    /// <inheritdoc />
    public virtual void LeaveFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) { }

    /// <inheritdoc />
    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node) { }

    /// <inheritdoc />
    public virtual void EnterField(ValidationContext context, FieldNode node) { }

    /// <inheritdoc />
    public virtual void LeaveField(ValidationContext context, FieldNode node) { }

    /// <inheritdoc />
    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) { }

    /// <inheritdoc />
    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) { }

    /// <inheritdoc />
    public virtual void EnterDirective(ValidationContext context, DirectiveNode node) { }

    /// <inheritdoc />
    public virtual void EnterArgument(ValidationContext context, ArgumentNode node) { }

    /// <inheritdoc />
    public virtual void EnterValue(ValidationContext context, ValueNode node) { }

    /// <inheritdoc />
    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node) { }

    /// <summary>The rule's name as in the spec, for diagnostics.</summary>
    public override string ToString() => GetType().Name;

    private static ValidationEvents DetectOverrides(Type type)
    {
        var events = ValidationEvents.None;
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.DeclaringType == typeof(ValidationRule) || !method.IsVirtual
                || method.GetBaseDefinition().DeclaringType != typeof(ValidationRule))
            {
                continue;
            }

            if (Enum.TryParse<ValidationEvents>(method.Name, out var flag))
            {
                events |= flag;
            }
        }

        return events;
    }
}
