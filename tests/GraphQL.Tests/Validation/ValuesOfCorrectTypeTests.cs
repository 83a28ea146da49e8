using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.6.1 Values of Correct Type.</summary>
public class ValuesOfCorrectTypeTests
{
    private static readonly ValuesOfCorrectType Rule = new();

    [Fact]
    public void Spec_examples_valid_literals()
    {
        Valid(Rule, """
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment coercedIntIntoFloatArg on Arguments {
              # Note: The input coercion rules for Float allow Int literals.
              floatArgField(floatArg: 123)
            }

            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
              findDog(searchBy: $search) {
                name
              }
            }

            mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
              addPet(pet: $pet) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_string_into_int()
    {
        Invalid(Rule, """
            fragment stringIntoInt on Arguments {
              intArgField(intArg: "123")
            }
            """,
            Error("Expected value of type \"Int\", found \"123\".", 2, 23));
    }

    [Fact]
    public void Spec_counter_example_bad_complex_value()
    {
        Invalid(Rule, """
            query badComplexValue {
              findDog(searchBy: { name: 123 }) {
                name
              }
            }
            """,
            Error("Expected value of type \"String\", found 123.", 2, 29));
    }

    [Fact]
    public void Spec_counter_example_one_of_with_no_fields()
    {
        Invalid(Rule, """
            mutation oneOfWithNoFields {
              addPet(pet: {}) {
                name
              }
            }
            """,
            Error("OneOf Input Object \"PetInput\" must specify exactly one key.", 2, 15));
    }

    [Fact]
    public void Spec_counter_example_one_of_with_two_fields()
    {
        Invalid(Rule, """
            mutation oneOfWithTwoFields($dog: DogInput) {
              addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
                name
              }
            }
            """,
            Error("OneOf Input Object \"PetInput\" must specify exactly one key.", 2, 15));
    }

    [Fact]
    public void One_of_field_given_null_is_invalid()
    {
        Invalid(Rule, "mutation { addPet(pet: { cat: null }) { name } }", Error("Field \"PetInput.cat\" must be non-null.", 1, 26));
    }

    [Fact]
    public void One_of_with_one_non_null_field_is_valid()
    {
        Valid(Rule, "mutation { addPet(pet: { dog: { name: \"Rex\" } }) { name } addPets(pets: [{ cat: { name: \"Tom\" } }]) { name } }");
    }

    [Fact]
    public void Integers_past_32_bits_and_non_finite_floats_are_rejected()
    {
        Invalid(Rule, "{ arguments { intArgField(intArg: 2147483648) floatArgField(floatArg: 1e400) } }",
            Error("Expected value of type \"Int\", found 2147483648.", 1, 35),
            Error("Expected value of type \"Float\", found 1e400.", 1, 71));
    }

    [Fact]
    public void Enum_values_must_be_enum_literals_of_the_type()
    {
        Invalid(Rule, """
            {
              dog {
                a: doesKnowCommand(dogCommand: "SIT")
                b: doesKnowCommand(dogCommand: CLEAN_UP_HOUSE)
                c: doesKnowCommand(dogCommand: SIT)
              }
            }
            """,
            Error("Expected value of type \"DogCommand!\", found \"SIT\".", 3, 36),
            Error("Value \"CLEAN_UP_HOUSE\" does not exist in \"DogCommand\" enum.", 4, 36));
    }

    [Fact]
    public void Single_value_for_a_list_is_coerced_but_list_for_a_single_value_is_not()
    {
        Valid(Rule, "{ arguments { booleanListArgField(booleanListArg: true) } }");
        Invalid(Rule, "{ arguments { booleanArgField(booleanArg: [true]) } }",
            Error("Expected value of type \"Boolean\", found [true].", 1, 43));
    }

    [Fact]
    public void List_items_are_checked_against_the_item_type()
    {
        Invalid(Rule, "{ arguments { booleanListArgField(booleanListArg: [true, 1, null]) } }",
            Error("Expected value of type \"Boolean\", found 1.", 1, 58));
    }

    [Fact]
    public void Null_in_a_non_null_list_item_position_is_invalid()
    {
        Invalid(Rule, "{ booleanList(booleanListArg: [true, null]) }",
            Error("Expected value of type \"Boolean!\", found null.", 1, 38));
    }

    [Fact]
    public void Null_for_a_non_null_argument_with_default_is_invalid()
    {
        Invalid(Rule, "{ arguments { optionalNonNullBooleanArgField(optionalBooleanArg: null) } }",
            Error("Expected value of type \"Boolean!\", found null.", 1, 66));
    }

    [Fact]
    public void Object_literal_for_a_scalar_is_invalid()
    {
        Invalid(Rule, "{ arguments { intArgField(intArg: { a: 1 }) } }", Error("Expected value of type \"Int\", found {a: 1}.", 1, 35));
    }

    [Fact]
    public void Variable_default_values_are_checked()
    {
        Invalid(Rule, "query q($a: Int = \"one\") { arguments { intArgField(intArg: $a) } }",
            Error("Expected value of type \"Int\", found \"one\".", 1, 19));
    }

    [Fact]
    public void Directive_arguments_are_checked()
    {
        Invalid(Rule, "{ dog { name @include(if: \"yes\") } }", Error("Expected value of type \"Boolean!\", found \"yes\".", 1, 27));
    }

    [Fact]
    public void Id_accepts_strings_and_integers_but_not_floats()
    {
        var schema = ValidationTestSchema.Build("type Query { node(id: ID): String }");
        Valid(Rule, "{ a: node(id: \"x\") b: node(id: 12) }", schema);
        InvalidWith(Rule, "{ node(id: 1.5) }", schema, Error("Expected value of type \"ID\", found 1.5.", 1, 12));
    }

    [Fact]
    public void Huge_literal_is_quoted_shortened_in_the_message()
    {
        var text = new string('x', 5000);
        var errors = Validate("{ arguments { intArgField(intArg: \"" + text + "\") } }", Rule);

        var error = Assert.Single(errors);
        Assert.True(error.Message.Length < 300, error.Message);
    }
}
