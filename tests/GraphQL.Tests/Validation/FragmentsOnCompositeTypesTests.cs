using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.5.1.3 Fragments on Object, Interface or Union Types.</summary>
public class FragmentsOnCompositeTypesTests
{
    private static readonly FragmentsOnCompositeTypes Rule = new();

    [Fact]
    public void Spec_examples_object_interface_and_union_conditions()
    {
        Valid(Rule, """
            fragment fragOnObject on Dog {
              name
            }

            fragment fragOnInterface on Pet {
              name
            }

            fragment fragOnUnion on CatOrDog {
              ... on Dog {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_examples_scalar_conditions()
    {
        Invalid(Rule, """
            fragment fragOnScalar on Int {
              something
            }

            fragment inlineFragOnScalar on Dog {
              ... on Boolean {
                somethingElse
              }
            }
            """,
            Error("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", 1, 26),
            Error("Fragment cannot condition on non composite type \"Boolean\".", 6, 10));
    }

    [Fact]
    public void Input_object_condition_is_invalid()
    {
        Invalid(Rule, "fragment f on DogInput { name }", Error("non composite type \"DogInput\"", 1, 15));
    }
}
