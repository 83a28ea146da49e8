using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
public class VariablesAreInputTypesTests
{
    private static readonly VariablesAreInputTypes Rule = new();

    [Fact]
    public void Spec_examples_input_typed_variables()
    {
        Valid(Rule, """
            query takesBoolean($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }

            query takesComplexInput($search: FindDogInput) {
              findDog(searchBy: $search) {
                name
              }
            }

            query TakesListOfBooleanBang($booleans: [Boolean!]) {
              booleanList(booleanListArg: $booleans)
            }
            """);
    }

    [Fact]
    public void Spec_counter_examples_output_typed_variables()
    {
        Invalid(Rule, """
            query takesCat($cat: Cat) { dog { name } }

            query takesDogBang($dog: Dog!) { dog { name } }

            query takesListOfPet($pets: [Pet]) { dog { name } }

            query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }
            """,
            Error("Variable \"$cat\" cannot be non-input type \"Cat\".", 1, 22),
            Error("Variable \"$dog\" cannot be non-input type \"Dog!\".", 3, 26),
            Error("Variable \"$pets\" cannot be non-input type \"[Pet]\".", 5, 29),
            Error("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", 7, 32));
    }

    [Fact]
    public void Unknown_variable_type_is_reported()
    {
        Invalid(Rule, "query q($x: [Colour!]) { dog { name } }", Error("Unknown type \"Colour\".", 1, 13));
    }
}
