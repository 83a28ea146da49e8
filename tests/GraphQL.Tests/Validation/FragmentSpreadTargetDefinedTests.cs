using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public class FragmentSpreadTargetDefinedTests
{
    private static readonly FragmentSpreadTargetDefined Rule = new();

    [Fact]
    public void Spec_counter_example_undefined_fragment()
    {
        Invalid(Rule, """
            {
              dog {
                ...undefinedFragment
              }
            }
            """,
            Error("Unknown fragment \"undefinedFragment\".", 3, 5));
    }

    [Fact]
    public void Fragment_defined_later_in_the_document_is_found()
    {
        Valid(Rule, "{ dog { ...later } }\nfragment later on Dog { name }");
    }
}
