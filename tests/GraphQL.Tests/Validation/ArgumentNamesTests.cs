using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.4.1 Argument Names.</summary>
public class ArgumentNamesTests
{
    private static readonly ArgumentNames Rule = new();

    [Fact]
    public void Spec_examples_known_arguments()
    {
        Valid(Rule, """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }

            fragment argOnOptional on Dog {
              isHouseTrained(atOtherHomes: true) @include(if: true)
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_unknown_field_argument()
    {
        Invalid(Rule, """
            fragment invalidArgName on Dog {
              doesKnowCommand(command: CLEAN_UP_HOUSE)
            }
            """,
            Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\".", 2, 19));
    }

    [Fact]
    public void Spec_counter_example_unknown_directive_argument()
    {
        Invalid(Rule, """
            fragment invalidArgName on Dog {
              isHouseTrained(atOtherHomes: true) @include(unless: false)
            }
            """,
            Error("Unknown argument \"unless\" on directive \"@include\".", 2, 47));
    }

    [Fact]
    public void Spec_examples_argument_order_does_not_matter()
    {
        Valid(Rule, """
            fragment multipleArgs on Arguments {
              multipleRequirements(x: 1, y: 2)
            }

            fragment multipleArgsReverseOrder on Arguments {
              multipleRequirements(y: 2, x: 1)
            }
            """);
    }

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_not_reported()
    {
        Valid(Rule, "{ dog { unknownField(a: 1) name @unknown(b: 2) } }");
    }
}
