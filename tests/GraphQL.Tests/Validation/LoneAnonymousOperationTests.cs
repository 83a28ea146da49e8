using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.2.3.1 Lone Anonymous Operation.</summary>
public class LoneAnonymousOperationTests
{
    private static readonly LoneAnonymousOperation Rule = new();

    [Fact]
    public void Spec_example_single_anonymous_operation_is_valid()
    {
        Valid(Rule, """
            {
              dog {
                name
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_anonymous_beside_named_operation()
    {
        Invalid(Rule, """
            {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """,
            Error("This anonymous operation must be the only defined operation.", 1, 1));
    }

    [Fact]
    public void Two_anonymous_operations_are_both_reported()
    {
        Invalid(Rule, "{ dog { name } }\n{ human { name } }",
            Error("anonymous operation", 1, 1),
            Error("anonymous operation", 2, 1));
    }
}
