using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.6.4 Input Object Required Fields.</summary>
public class InputObjectRequiredFieldsTests
{
    private static readonly InputObjectRequiredFields Rule = new();

    [Fact]
    public void Required_field_given_is_valid()
    {
        Valid(Rule, "mutation { addPet(pet: { cat: { name: \"Brontie\" } }) { name } }");
    }

    [Fact]
    public void Missing_required_field_is_reported()
    {
        Invalid(Rule, "mutation { addPet(pet: { dog: { nickname: \"Rex\" } }) { name } }",
            Error("Field \"DogInput.name\" of required type \"String!\" was not provided.", 1, 31));
    }

    [Fact]
    public void Null_for_required_field_is_reported()
    {
        Invalid(Rule, "mutation { addPet(pet: { cat: { name: null } }) { name } }",
            Error("Field \"CatInput.name\" of required type \"String!\" must not be null.", 1, 33));
    }

    [Fact]
    public void Variable_for_required_field_is_valid()
    {
        Valid(Rule, "mutation m($n: String!) { addPet(pet: { cat: { name: $n } }) { name } }");
    }
}
