using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.7.3 Directives Are Unique per Location.</summary>
public class DirectivesAreUniquePerLocationTests
{
    private static readonly DirectivesAreUniquePerLocation Rule = new();

    [Fact]
    public void Spec_counter_example_skip_twice_on_one_field()
    {
        Invalid(Rule, """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) @skip(if: $bar)
            }
            """,
            Error("The directive \"@skip\" can only be used once at this location.", 2, 9));
    }

    [Fact]
    public void Spec_example_skip_once_per_location()
    {
        Valid(Rule, """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) {
                subfieldA
              }
              field @skip(if: $bar) {
                subfieldB
              }
            }
            """);
    }

    [Fact]
    public void Repeatable_directive_may_repeat()
    {
        Valid(Rule, "{ dog @tag(name: \"a\") @tag(name: \"b\") { name } }");
    }

    [Fact]
    public void Duplicates_on_spreads_fragments_and_operations_are_reported()
    {
        Invalid(Rule, """
            query q @cost @cost {
              dog {
                ...f @include(if: true) @include(if: false)
                ... @skip(if: true) @skip(if: true) { name }
              }
            }
            fragment f on Dog { name }
            """,
            Error("\"@cost\" can only be used once", 1, 9),
            Error("\"@include\" can only be used once", 3, 10),
            Error("\"@skip\" can only be used once", 4, 9));
    }
}
