using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence.</summary>
public class FragmentSpreadTypeExistenceTests
{
    private static readonly FragmentSpreadTypeExistence Rule = new();

    [Fact]
    public void Spec_examples_existing_types()
    {
        Valid(Rule, """
            fragment correctType on Dog {
              name
            }

            fragment inlineFragment on Dog {
              ... on Dog {
                name
              }
            }

            fragment inlineFragment2 on Dog {
              ... @include(if: true) {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_examples_unknown_types()
    {
        Invalid(Rule, """
            fragment notOnExistingType on NotInSchema {
              name
            }

            fragment inlineNotExistingType on Dog {
              ... on NotInSchema {
                name
              }
            }
            """,
            Error("Unknown type \"NotInSchema\".", 1, 31),
            Error("Unknown type \"NotInSchema\".", 6, 10));
    }
}
