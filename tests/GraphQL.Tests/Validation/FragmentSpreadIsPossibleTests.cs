using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible.</summary>
public class FragmentSpreadIsPossibleTests
{
    private static readonly FragmentSpreadIsPossible Rule = new();

    [Fact]
    public void Spec_example_object_spread_in_same_object_scope()
    {
        Valid(Rule, """
            fragment dogFragment on Dog {
              ... on Dog {
                barkVolume
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_object_spread_in_other_object_scope()
    {
        Invalid(Rule, """
            fragment catInDogFragmentInvalid on Dog {
              ... on Cat {
                meowVolume
              }
            }
            """,
            Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 2, 3));
    }

    [Fact]
    public void Spec_examples_abstract_spreads_in_object_scope()
    {
        Valid(Rule, """
            fragment petNameFragment on Pet {
              name
            }

            fragment interfaceWithinObjectFragment on Dog {
              ...petNameFragment
            }

            fragment catOrDogNameFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }

            fragment unionWithObjectFragment on Dog {
              ...catOrDogNameFragment
            }
            """);
    }

    [Fact]
    public void Spec_examples_object_spreads_in_abstract_scope()
    {
        Valid(Rule, """
            fragment petFragment on Pet {
              name
              ... on Dog {
                barkVolume
              }
            }

            fragment catOrDogFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_examples_object_spreads_in_abstract_scope()
    {
        Invalid(Rule, """
            fragment sentientFragment on Sentient {
              ... on Dog {
                barkVolume
              }
            }

            fragment humanOrAlienFragment on HumanOrAlien {
              ... on Cat {
                meowVolume
              }
            }
            """,
            Error("objects of type \"Sentient\" can never be of type \"Dog\"", 2, 3),
            Error("objects of type \"HumanOrAlien\" can never be of type \"Cat\"", 8, 3));
    }

    [Fact]
    public void Spec_example_abstract_spreads_in_abstract_scope()
    {
        Valid(Rule, """
            fragment unionWithInterface on Pet {
              ...dogOrHumanFragment
            }

            fragment dogOrHumanFragment on DogOrHuman {
              ... on Dog {
                barkVolume
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_non_intersecting_interfaces()
    {
        Invalid(Rule, """
            fragment nonIntersectingInterfaces on Pet {
              ...sentientFragment
            }

            fragment sentientFragment on Sentient {
              name
            }
            """,
            Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", 2, 3));
    }

    [Fact]
    public void Spec_example_interface_spread_in_implemented_interface_scope()
    {
        Valid(Rule, """
            fragment interfaceWithInterface on Node {
              ...resourceFragment
            }

            fragment resourceFragment on Resource {
              url
            }
            """);
    }
}
