using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
public class FragmentSpreadsMustNotFormCyclesTests
{
    private static readonly FragmentSpreadsMustNotFormCycles Rule = new();

    [Fact]
    public void Spec_counter_example_infinite_spread()
    {
        Invalid(Rule, """
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """,
            Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", 9, 3));
    }

    [Fact]
    public void Spec_counter_example_cycle_through_cyclic_data()
    {
        Invalid(Rule, """
            {
              dog {
                ...dogFragment
              }
            }

            fragment dogFragment on Dog {
              name
              owner {
                ...ownerFragment
              }
            }

            fragment ownerFragment on Human {
              name
              pets {
                ...dogFragment
              }
            }
            """,
            Error("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", 10, 5));
    }

    [Fact]
    public void Fragment_spreading_itself_is_reported()
    {
        Invalid(Rule, "fragment self on Dog { ...self }", Error("Cannot spread fragment \"self\" within itself.", 1, 24));
    }

    [Fact]
    public void Same_fragment_spread_twice_is_not_a_cycle()
    {
        Valid(Rule, """
            { dog { ...a ...a } }
            fragment a on Dog { ...b ...b }
            fragment b on Dog { name }
            """);
    }

    [Fact]
    public void Long_chain_of_fragments_is_checked_without_recursion()
    {
        var text = new System.Text.StringBuilder("{ dog { ...f0 } }\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append($"fragment f{i} on Dog {{ ...f{i + 1} }}\n");
        }

        text.Append("fragment f5000 on Dog { ...f0 }\n");

        // Beyond the parser's default token limit on purpose: the rule must not depend on it to stay off the stack.
        var document = Parser.Parse(text.ToString(), new ParserOptions { MaxTokens = 100_000 });
        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, document, [Rule]);

        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"f0\" within itself via \"f1\", \"f2\"", error.Message);
        Assert.Equal(5001, error.Locations!.Count);
    }
}
