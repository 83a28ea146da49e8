using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.1.1 Executable Definitions.</summary>
public class ExecutableDefinitionsTests
{
    private static readonly ExecutableDefinitions Rule = new();

    [Fact]
    public void Operations_and_fragments_are_executable()
    {
        Valid(Rule, """
            query getDogName { dog { ...dogName } }
            fragment dogName on Dog { name }
            """);
    }

    [Fact]
    public void Spec_counter_example_type_extension_is_not_executable()
    {
        Invalid(Rule, """
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """,
            Error("type extension \"Dog\" is not executable", 8, 1));
    }

    [Fact]
    public void Schema_type_and_directive_definitions_are_each_reported()
    {
        Invalid(Rule, """
            { dog { name } }
            schema { query: Query }
            type Foo { a: Int }
            directive @foo on FIELD
            """,
            Error("schema definition is not executable", 2, 1),
            Error("type definition \"Foo\" is not executable", 3, 1),
            Error("directive definition \"@foo\" is not executable", 4, 1));
    }
}
