using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Validation;

/// <summary>The rules of spec section 5, in the order the spec presents them.</summary>
public static class SpecifiedRules
{
    /// <summary>Every specified rule; the default rule list of <see cref="DocumentValidator"/>.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitions(),
        new OperationTypeExistence(),
        new OperationNameUniqueness(),
        new LoneAnonymousOperation(),
        new SubscriptionSingleRootField(),
        new FieldSelections(),
        new FieldSelectionMerging(),
        new LeafFieldSelections(),
        new ArgumentNames(),
        new ArgumentUniqueness(),
        new RequiredArguments(),
        new FragmentNameUniqueness(),
        new FragmentSpreadTypeExistence(),
        new FragmentsOnCompositeTypes(),
        new FragmentsMustBeUsed(),
        new FragmentSpreadTargetDefined(),
        new FragmentSpreadsMustNotFormCycles(),
        new FragmentSpreadIsPossible(),
        new ValuesOfCorrectType(),
        new InputObjectFieldNames(),
        new InputObjectFieldUniqueness(),
        new InputObjectRequiredFields(),
        new DirectivesAreDefined(),
        new DirectivesAreInValidLocations(),
        new DirectivesAreUniquePerLocation(),
        new VariableUniqueness(),
        new VariablesAreInputTypes(),
        new AllVariableUsesDefined(),
        new AllVariablesUsed(),
        new AllVariableUsagesAreAllowed(),
    ];
}
