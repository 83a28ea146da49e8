using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.8.5 All Variable Usages Are Allowed.</summary>
public class AllVariableUsagesAreAllowedTests
{
    private static readonly AllVariableUsagesAreAllowed Rule = new();

    [Fact]
    public void Spec_counter_example_int_into_boolean()
    {
        Invalid(Rule, """
            query intCannotGoIntoBoolean($intArg: Int) {
              arguments {
                booleanArgField(booleanArg: $intArg)
              }
            }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", 1, 30));
    }

    [Fact]
    public void Spec_counter_example_list_into_single_value()
    {
        Invalid(Rule, """
            query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
              arguments {
                booleanArgField(booleanArg: $booleanListArg)
              }
            }
            """,
            Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", 1, 38));
    }

    [Fact]
    public void Spec_counter_example_nullable_into_non_null()
    {
        Invalid(Rule, """
            query booleanArgQuery($booleanArg: Boolean) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """,
            Error("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", 1, 23));
    }

    [Fact]
    public void Spec_example_non_null_list_into_list()
    {
        Valid(Rule, """
            query nonNullListToList($nonNullBooleanList: [Boolean]!) {
              arguments {
                booleanListArgField(booleanListArg: $nonNullBooleanList)
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_nullable_list_into_non_null_list()
    {
        Invalid(Rule, """
            query listToNonNullList($booleanList: [Boolean]) {
              arguments {
                nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
              }
            }
            """,
            Error("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", 1, 25));
    }

    [Fact]
    public void List_of_nullable_items_cannot_fill_list_of_non_null_items()
    {
        Invalid(Rule, "query q($b: [Boolean]) { booleanList(booleanListArg: $b) }",
            Error("of type \"[Boolean]\" used in position expecting type \"[Boolean!]\"", 1, 9));
    }

    [Fact]
    public void Spec_examples_non_null_variables_for_one_of_fields()
    {
        Valid(Rule, """
            mutation addCat($cat: CatInput!) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }

            mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_nullable_variable_for_one_of_field()
    {
        Invalid(Rule, """
            mutation addNullableCat($cat: CatInput) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """,
            Error("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", 1, 25));
    }

    [Fact]
    public void Spec_counter_example_list_of_one_of_with_nullable_variable()
    {
        Invalid(Rule, """
            mutation listOfOneOfWithNullableVariable($dog: DogInput) {
              addPets(pets: [{ dog: $dog }]) {
                name
              }
            }
            """,
            Error("must be non-nullable to be used for OneOf Input Object \"PetInput\"", 1, 42));
    }

    [Fact]
    public void Spec_example_location_default_allows_nullable_variable()
    {
        Valid(Rule, """
            query booleanArgQueryWithDefault($booleanArg: Boolean) {
              arguments {
                optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
              }
            }
            """);
    }

    [Fact]
    public void Spec_example_variable_default_allows_nullable_variable()
    {
        Valid(Rule, """
            query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """);
    }

    [Fact]
    public void Null_variable_default_does_not_allow_nullable_variable()
    {
        Invalid(Rule, "query q($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
            Error("used in position expecting type \"Boolean!\"", 1, 9));
    }

    [Fact]
    public void Usages_inside_fragments_are_checked_per_operation()
    {
        Invalid(Rule, """
            query good($v: Boolean!) { arguments { ...f } }
            query bad($v: Int) { arguments { ...f } }
            fragment f on Arguments { nonNullBooleanArgField(nonNullBooleanArg: $v) }
            """,
            Error("Variable \"$v\" of type \"Int\" used in position expecting type \"Boolean!\".", 2, 11));
    }

    [Fact]
    public void List_item_positions_and_directive_arguments_are_checked()
    {
        Invalid(Rule, "query q($i: Int!, $s: String) { booleanList(booleanListArg: [$i]) dog @include(if: $s) { name } }",
            Error("Variable \"$i\" of type \"Int!\" used in position expecting type \"Boolean!\".", 1, 9),
            Error("Variable \"$s\" of type \"String\" used in position expecting type \"Boolean!\".", 1, 19));
    }
}
