using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used.</summary>
public class FragmentsMustBeUsedTests
{
    private static readonly FragmentsMustBeUsed Rule = new();

    [Fact]
    public void Spec_counter_example_unused_fragment()
    {
        Invalid(Rule, """
            fragment nameFragment on Dog { # unused
              name
            }

            {
              dog {
                name
              }
            }
            """,
            Error("Fragment \"nameFragment\" is never used.", 1, 1));
    }

    [Fact]
    public void Fragments_used_transitively_are_used()
    {
        Valid(Rule, """
            { dog { ...outer } }
            fragment outer on Dog { ...inner }
            fragment inner on Dog { name }
            """);
    }

    [Fact]
    public void Fragments_only_used_by_unused_fragments_are_unused()
    {
        Invalid(Rule, """
            { dog { name } }
            fragment outer on Dog { ...inner }
            fragment inner on Dog { name }
            """,
            Error("Fragment \"outer\" is never used.", 2, 1),
            Error("Fragment \"inner\" is never used.", 3, 1));
    }
}
