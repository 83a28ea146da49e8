using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.8.3 All Variable Uses Defined.</summary>
public class AllVariableUsesDefinedTests
{
    private static readonly AllVariableUsesDefined Rule = new();

    [Fact]
    public void Spec_example_variable_is_defined()
    {
        Valid(Rule, """
            query variableIsDefined($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_variable_is_not_defined()
    {
        Invalid(Rule, """
            query variableIsNotDefined {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", 3, 34));
    }

    [Fact]
    public void Spec_example_variable_used_in_a_fragment()
    {
        Valid(Rule, """
            query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
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
    public void Spec_counter_example_undefined_variable_in_a_fragment()
    {
        Invalid(Rule, """
            query variableIsNotDefinedUsedInSingleFragment {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\".", 8, 32));
    }

    [Fact]
    public void Spec_counter_example_undefined_variable_in_a_nested_fragment()
    {
        Invalid(Rule, """
            query variableIsNotDefinedUsedInNestedFragment {
              dog {
                ...outerHouseTrainedFragment
              }
            }

            fragment outerHouseTrainedFragment on Dog {
              ...isHouseTrainedFragment
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            Error("not defined by operation \"variableIsNotDefinedUsedInNestedFragment\"", 12, 32));
    }

    [Fact]
    public void Spec_example_variable_defined_in_every_operation()
    {
        Valid(Rule, """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwo($atOtherHomes: Boolean) {
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
    public void Spec_counter_example_variable_missing_in_one_operation()
    {
        var errors = Validate("""
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwoNotDefined {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """, Rule);

        var error = Assert.Single(errors);
        Assert.Equal("Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\".", error.Message);
        Assert.Equal([new Platform.GraphQL.Language.SourceLocation(14, 32), new Platform.GraphQL.Language.SourceLocation(7, 1)], error.Locations);
    }

    [Fact]
    public void Variables_in_directive_arguments_and_nested_values_count()
    {
        Invalid(Rule, "{ dog @include(if: $show) { name } findDog(searchBy: { name: $name }) { name } }",
            Error("Variable \"$show\" is not defined.", 1, 20),
            Error("Variable \"$name\" is not defined.", 1, 62));
    }
}
