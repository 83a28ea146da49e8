using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.8.1 Variable Uniqueness.</summary>
public class VariableUniquenessTests
{
    private static readonly VariableUniqueness Rule = new();

    [Fact]
    public void Spec_counter_example_duplicate_variable()
    {
        Invalid(Rule, """
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            Error("There can be only one variable named \"$atOtherHomes\".", 1, 25));
    }

    [Fact]
    public void Spec_example_same_variable_in_two_operations()
    {
        Valid(Rule, """
            query A($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            query B($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            fragment HouseTrainedFragment on Query {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """);
    }
}
