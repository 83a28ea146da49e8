using System.Runtime.CompilerServices;

namespace Platform.GraphQL.Validation;

/// <summary>
/// The rules of one rule list sorted by event, so the walker calls exactly the rules interested in a node.
/// Built once per rule list and cached, because the specified rule list is validated against on every request.
/// </summary>
internal sealed class RuleDispatch
{
    private static readonly ConditionalWeakTable<IReadOnlyList<IValidationRule>, RuleDispatch> Cache = new();

    private RuleDispatch(IReadOnlyList<IValidationRule> rules)
    {
        EnterDocument = Select(rules, ValidationEvents.EnterDocument);
        LeaveDocument = Select(rules, ValidationEvents.LeaveDocument);
        EnterOperationDefinition = Select(rules, ValidationEvents.EnterOperationDefinition);
        LeaveOperationDefinition = Select(rules, ValidationEvents.LeaveOperationDefinition);
        EnterVariableDefinition = Select(rules, ValidationEvents.EnterVariableDefinition);
        EnterFragmentDefinition = Select(rules, ValidationEvents.EnterFragmentDefinition);
        LeaveFragmentDefinition = Select(rules, ValidationEvents.LeaveFragmentDefinition);
        EnterSelectionSet = Select(rules, ValidationEvents.EnterSelectionSet);
        EnterField = Select(rules, ValidationEvents.EnterField);
        LeaveField = Select(rules, ValidationEvents.LeaveField);
        EnterFragmentSpread = Select(rules, ValidationEvents.EnterFragmentSpread);
        EnterInlineFragment = Select(rules, ValidationEvents.EnterInlineFragment);
        EnterDirective = Select(rules, ValidationEvents.EnterDirective);
        EnterArgument = Select(rules, ValidationEvents.EnterArgument);
        EnterValue = Select(rules, ValidationEvents.EnterValue);
        EnterObjectField = Select(rules, ValidationEvents.EnterObjectField);
    }

    public IValidationRule[] EnterDocument { get; }

    public IValidationRule[] LeaveDocument { get; }

    public IValidationRule[] EnterOperationDefinition { get; }

    public IValidationRule[] LeaveOperationDefinition { get; }

    public IValidationRule[] EnterVariableDefinition { get; }

    public IValidationRule[] EnterFragmentDefinition { get; }

    public IValidationRule[] LeaveFragmentDefinition { get; }

    public IValidationRule[] EnterSelectionSet { get; }

    public IValidationRule[] EnterField { get; }

    public IValidationRule[] LeaveField { get; }

    public IValidationRule[] EnterFragmentSpread { get; }

    public IValidationRule[] EnterInlineFragment { get; }

    public IValidationRule[] EnterDirective { get; }

    public IValidationRule[] EnterArgument { get; }

    public IValidationRule[] EnterValue { get; }

    public IValidationRule[] EnterObjectField { get; }

    /// <summary>The dispatch table of a rule list; cached while the list object lives.</summary>
    public static RuleDispatch For(IReadOnlyList<IValidationRule> rules) =>
        Cache.GetValue(rules, static list => new RuleDispatch(list));

    private static IValidationRule[] Select(IReadOnlyList<IValidationRule> rules, ValidationEvents flag)
    {
        var count = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            if ((rules[i].Events & flag) != 0)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var selected = new IValidationRule[count];
        var next = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            if ((rules[i].Events & flag) != 0)
            {
                selected[next++] = rules[i];
            }
        }

        return selected;
    }
}
