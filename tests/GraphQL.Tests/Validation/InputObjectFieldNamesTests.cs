using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.6.2 Input Object Field Names.</summary>
public class InputObjectFieldNamesTests
{
    private static readonly InputObjectFieldNames Rule = new();

    [Fact]
    public void Spec_example_defined_field()
    {
        Valid(Rule, """
            {
              findDog(searchBy: { name: "Fido" }) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_undefined_field()
    {
        Invalid(Rule, """
            {
              findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
                name
              }
            }
            """,
            Error("Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\".", 2, 23));
    }

    [Fact]
    public void Nested_and_list_wrapped_input_objects_are_checked()
    {
        Invalid(Rule, """
            mutation {
              addPets(pets: [{ cat: { name: "Tom", whiskers: 12 } }]) { name }
            }
            """,
            Error("Field \"whiskers\" is not defined by type \"CatInput\".", 2, 40));
        Invalid(Rule, "{ arguments { findDogs(searchBy: { colour: \"red\" }) { name } } }",
            Error("Field \"colour\" is not defined by type \"FindDogInput\".", 1, 36));
    }
}
