namespace Platform.GraphQL.Validation;

/// <summary>The walker events a rule subscribes to (one flag per method of <see cref="IValidationRule"/>).</summary>
[Flags]
public enum ValidationEvents
{
    /// <summary>No events.</summary>
    None = 0,

    /// <summary><see cref="IValidationRule.EnterDocument"/>.</summary>
    EnterDocument = 1 << 0,

    /// <summary><see cref="IValidationRule.LeaveDocument"/>.</summary>
    LeaveDocument = 1 << 1,

    /// <summary><see cref="IValidationRule.EnterOperationDefinition"/>.</summary>
    EnterOperationDefinition = 1 << 2,

    /// <summary><see cref="IValidationRule.LeaveOperationDefinition"/>.</summary>
    LeaveOperationDefinition = 1 << 3,

    /// <summary><see cref="IValidationRule.EnterVariableDefinition"/>.</summary>
    EnterVariableDefinition = 1 << 4,

    /// <summary><see cref="IValidationRule.EnterFragmentDefinition"/>.</summary>
    EnterFragmentDefinition = 1 << 5,

    /// <summary><see cref="IValidationRule.LeaveFragmentDefinition"/>.</summary>
    LeaveFragmentDefinition = 1 << 6,

    /// <summary><see cref="IValidationRule.EnterSelectionSet"/>.</summary>
    EnterSelectionSet = 1 << 7,

    /// <summary><see cref="IValidationRule.EnterField"/>.</summary>
    EnterField = 1 << 8,

    /// <summary><see cref="IValidationRule.LeaveField"/>.</summary>
    LeaveField = 1 << 9,

    /// <summary><see cref="IValidationRule.EnterFragmentSpread"/>.</summary>
    EnterFragmentSpread = 1 << 10,

    /// <summary><see cref="IValidationRule.EnterInlineFragment"/>.</summary>
    EnterInlineFragment = 1 << 11,

    /// <summary><see cref="IValidationRule.EnterDirective"/>.</summary>
    EnterDirective = 1 << 12,

    /// <summary><see cref="IValidationRule.EnterArgument"/>.</summary>
    EnterArgument = 1 << 13,

    /// <summary><see cref="IValidationRule.EnterValue"/>.</summary>
    EnterValue = 1 << 14,

    /// <summary><see cref="IValidationRule.EnterObjectField"/>.</summary>
    EnterObjectField = 1 << 15,
}
