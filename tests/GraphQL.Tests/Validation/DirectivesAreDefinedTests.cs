using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.7.1 Directives Are Defined.</summary>
public class DirectivesAreDefinedTests
{
    private static readonly DirectivesAreDefined Rule = new();

    [Fact]
    public void Specified_and_schema_directives_are_defined()
    {
        Valid(Rule, "query q($v: Int @trace) @cost { dog @include(if: true) { name @skip(if: false) @tag(name: \"a\") } arguments { intArgField(intArg: $v) } }");
    }

    [Fact]
    public void Unknown_directives_are_reported_wherever_they_are()
    {
        Invalid(Rule, """
            query q @unknownOne {
              dog @unknownTwo {
                ...f @unknownThree
              }
            }
            fragment f on Dog @unknownFour { name }
            """,
            Error("Unknown directive \"@unknownOne\".", 1, 9),
            Error("Unknown directive \"@unknownTwo\".", 2, 7),
            Error("Unknown directive \"@unknownThree\".", 3, 10),
            Error("Unknown directive \"@unknownFour\".", 6, 19));
    }
}
