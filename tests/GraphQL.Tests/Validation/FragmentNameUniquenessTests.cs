using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public class FragmentNameUniquenessTests
{
    private static readonly FragmentNameUniqueness Rule = new();

    [Fact]
    public void Spec_example_distinct_fragment_names()
    {
        Valid(Rule, """
            {
              dog {
                ...fragmentOne
                ...fragmentTwo
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentTwo on Dog {
              owner {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_duplicate_fragment_name()
    {
        Invalid(Rule, """
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """,
            Error("There can be only one fragment named \"fragmentOne\".", 7, 1));
    }

    [Fact]
    public void Inline_fragments_are_not_named_definitions()
    {
        Valid(Rule, "{ dog { ... on Dog { name } ... on Dog { nickname } } }");
    }
}
