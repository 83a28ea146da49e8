using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
public class InputObjectFieldUniquenessTests
{
    private static readonly InputObjectFieldUniqueness Rule = new();

    [Fact]
    public void Spec_counter_example_duplicate_input_field()
    {
        Invalid(Rule, """
            {
              field(arg: { field: true, field: false })
            }
            """,
            Error("There can be only one input field named \"field\".", 2, 16));
    }

    [Fact]
    public void Same_name_in_nested_objects_is_valid()
    {
        Valid(Rule, "mutation { addPet(pet: { cat: { name: \"a\" } }) { name } } query { findDog(searchBy: { name: \"a\", owner: \"b\" }) { name } }");
    }

    [Fact]
    public void Duplicate_inside_a_variable_default_is_reported()
    {
        Invalid(Rule, "query q($s: FindDogInput = { name: \"a\", name: \"b\" }) { findDog(searchBy: $s) { name } }",
            Error("only one input field named \"name\"", 1, 30));
    }
}
