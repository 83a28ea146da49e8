using Platform.GraphQL.Types;
using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.2.1.1 Operation Type Existence.</summary>
public class OperationTypeExistenceTests
{
    private static readonly OperationTypeExistence Rule = new();
    private static readonly Lazy<Schema> HelloSchema = new(() => ValidationTestSchema.Build("type Query { hello: String }"));

    [Fact]
    public void Spec_example_query_on_a_query_only_schema_is_valid()
    {
        Valid(Rule, "query helloQuery { hello }", HelloSchema.Value);
    }

    [Fact]
    public void Spec_counter_example_mutation_without_mutation_type()
    {
        InvalidWith(Rule, """
            mutation goodbyeMutation {
              goodbye
            }
            """,
            HelloSchema.Value,
            Error("does not support mutation operations", 1, 1));
    }

    [Fact]
    public void Subscription_without_subscription_type_is_invalid()
    {
        InvalidWith(Rule, "subscription s { hello }", HelloSchema.Value, Error("does not support subscription operations", 1, 1));
    }

    [Fact]
    public void Mutation_and_subscription_are_valid_when_the_schema_has_them()
    {
        Valid(Rule, "mutation m { addPet(pet: { cat: { name: \"x\" } }) { name } } subscription s { newMessage { body } }");
    }
}
