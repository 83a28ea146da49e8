using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.2.2.1 Operation Name Uniqueness.</summary>
public class OperationNameUniquenessTests
{
    private static readonly OperationNameUniqueness Rule = new();

    [Fact]
    public void Spec_example_distinct_names_are_valid()
    {
        Valid(Rule, """
            query getDogName {
              dog {
                name
              }
            }

            query getOwnerName {
              dog {
                owner {
                  name
                }
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_two_queries_named_alike()
    {
        Invalid(Rule, """
            query getName {
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
            Error("There can be only one operation named \"getName\".", 1, 1));
    }

    [Fact]
    public void Spec_counter_example_same_name_different_operation_types()
    {
        var errors = Validate("""
            query dogOperation {
              dog {
                name
              }
            }

            mutation dogOperation {
              mutateDog {
                id
              }
            }
            """, Rule);

        var error = Assert.Single(errors);
        Assert.Contains("\"dogOperation\"", error.Message);
        Assert.Equal([new Platform.GraphQL.Language.SourceLocation(1, 1), new Platform.GraphQL.Language.SourceLocation(7, 1)], error.Locations);
    }
}
