using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.7.2 Directives Are in Valid Locations.</summary>
public class DirectivesAreInValidLocationsTests
{
    private static readonly DirectivesAreInValidLocations Rule = new();

    [Fact]
    public void Spec_counter_example_skip_on_query()
    {
        Invalid(Rule, """
            query @skip(if: $foo) {
              field
            }
            """,
            Error("Directive \"@skip\" may not be used on QUERY.", 1, 7));
    }

    [Fact]
    public void Directives_in_their_declared_locations_are_valid()
    {
        Valid(Rule, """
            query q($v: Int @trace) @cost {
              dog @include(if: true) {
                ...f @skip(if: false)
                ... on Dog @tag(name: "x") { name }
              }
            }
            fragment f on Dog { name }
            """);
    }

    [Fact]
    public void Each_wrong_location_is_named()
    {
        Invalid(Rule, """
            mutation m($v: Int @include(if: true)) @cost {
              addPet(pet: { cat: { name: "a" } }) @trace { name }
            }
            fragment f on Dog @skip(if: true) { name }
            """,
            Error("\"@include\" may not be used on VARIABLE_DEFINITION", 1, 20),
            Error("\"@cost\" may not be used on MUTATION", 1, 40),
            Error("\"@trace\" may not be used on FIELD", 2, 39),
            Error("\"@skip\" may not be used on FRAGMENT_DEFINITION", 4, 19));
    }
}
