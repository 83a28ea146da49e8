using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.4.3 Required Arguments.</summary>
public class RequiredArgumentsTests
{
    private static readonly RequiredArguments Rule = new();

    [Fact]
    public void Spec_examples_given_arguments()
    {
        Valid(Rule, """
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment goodNonNullArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: true)
            }
            """);
    }

    [Fact]
    public void Spec_example_nullable_argument_may_be_omitted()
    {
        Valid(Rule, """
            fragment goodBooleanArgDefault on Arguments {
              booleanArgField
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_missing_required_argument()
    {
        Invalid(Rule, """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField
            }
            """,
            Error("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", 2, 3));
    }

    [Fact]
    public void Spec_counter_example_null_for_required_argument()
    {
        Invalid(Rule, """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: null)
            }
            """,
            Error("argument \"nonNullBooleanArg\" of type \"Boolean!\" is required and must not be null", 2, 26));
    }

    [Fact]
    public void Non_null_argument_with_default_is_optional()
    {
        Valid(Rule, "{ arguments { optionalNonNullBooleanArgField } }");
    }

    [Fact]
    public void Directive_required_argument_is_checked()
    {
        Invalid(Rule, "{ dog { name @include } }",
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 1, 14));
    }

    [Fact]
    public void Every_missing_argument_is_reported()
    {
        Invalid(Rule, "{ arguments { multipleRequirements } }",
            Error("argument \"x\"", 1, 15),
            Error("argument \"y\"", 1, 15));
    }
}
