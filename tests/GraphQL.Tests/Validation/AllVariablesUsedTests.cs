using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.8.4 All Variables Used.</summary>
public class AllVariablesUsedTests
{
    private static readonly AllVariablesUsed Rule = new();

    [Fact]
    public void Spec_counter_example_unused_variable()
    {
        Invalid(Rule, """
            query variableUnused($atOtherHomes: Boolean) {
              dog {
                isHouseTrained
              }
            }
            """,
            Error("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", 1, 22));
    }

    [Fact]
    public void Spec_example_variable_used_in_a_fragment()
    {
        Valid(Rule, """
            query variableUsedInFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_fragment_does_not_use_the_variable()
    {
        Invalid(Rule, """
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedWithoutVariableFragment
              }
            }

            fragment isHouseTrainedWithoutVariableFragment on Dog {
              isHouseTrained
            }
            """,
            Error("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", 1, 37));
    }

    [Fact]
    public void Spec_counter_example_extra_variable_in_one_operation()
    {
        Invalid(Rule, """
            query queryWithUsedVar($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            Error("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", 7, 49));
    }

    [Fact]
    public void Use_in_a_directive_counts()
    {
        Valid(Rule, "query q($show: Boolean!) { dog @include(if: $show) { name } }");
    }

    [Fact]
    public void Use_only_in_another_variables_default_does_not_count()
    {
        Invalid(Rule, "query q($a: Int, $b: Int) { arguments { intArgField(intArg: $b) } }",
            Error("Variable \"$a\" is never used in operation \"q\".", 1, 9));
    }
}
