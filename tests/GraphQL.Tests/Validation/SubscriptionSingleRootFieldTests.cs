using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.2.4.1 Single Root Field (subscriptions).</summary>
public class SubscriptionSingleRootFieldTests
{
    private static readonly SubscriptionSingleRootField Rule = new();

    [Fact]
    public void Spec_example_single_field()
    {
        Valid(Rule, """
            subscription sub {
              newMessage {
                body
                sender
              }
            }
            """);
    }

    [Fact]
    public void Spec_example_single_field_through_a_fragment()
    {
        Valid(Rule, """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage {
                body
                sender
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_second_root_field()
    {
        Invalid(Rule, """
            subscription sub {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"sub\" must select only one top level field.", 6, 3));
    }

    [Fact]
    public void Spec_counter_example_second_root_field_through_a_fragment()
    {
        Invalid(Rule, """
            subscription sub {
              ...multipleSubscriptions
            }

            fragment multipleSubscriptions on Subscription {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            Error("must select only one top level field", 10, 3));
    }

    [Fact]
    public void Spec_counter_example_skip_and_include_at_the_root()
    {
        Invalid(Rule, """
            subscription requiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """,
            Error("must not use @skip or @include", 2, 14),
            Error("must select only one top level field", 6, 3));
    }

    [Fact]
    public void Skip_inside_a_root_fragment_is_reported()
    {
        Invalid(Rule, """
            subscription sub {
              ... on Subscription {
                newMessage @skip(if: false) { body }
              }
            }
            """,
            Error("must not use @skip or @include", 3, 16));
    }

    [Fact]
    public void Skip_below_the_root_field_is_allowed()
    {
        Valid(Rule, "subscription sub { newMessage { body @skip(if: true) sender } }");
    }

    [Fact]
    public void Spec_counter_example_introspection_root_field()
    {
        Invalid(Rule, """
            subscription sub {
              __typename
            }
            """,
            Error("must not select an introspection top level field", 2, 3));
    }

    [Fact]
    public void Anonymous_subscription_with_two_fields_is_reported()
    {
        Invalid(Rule, "subscription { newMessage { body } disallowedSecondRootField }",
            Error("Anonymous Subscription must select only one top level field.", 1, 36));
    }

    [Fact]
    public void Same_response_name_twice_is_one_root_field()
    {
        Valid(Rule, "subscription sub { newMessage { body } newMessage { sender } }");
    }
}
