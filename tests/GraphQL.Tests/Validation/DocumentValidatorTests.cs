using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Utilities;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>The validator as a whole: the specified rule set, the error shape, the error limit and hostile documents.</summary>
public class DocumentValidatorTests
{
    private static IReadOnlyList<GraphQLError> ValidateAll(string document, ParserOptions? options = null) =>
        DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(document, options));

    [Fact]
    public void Standard_introspection_query_is_valid()
    {
        Assert.Empty(ValidateAll(IntrospectionQuery.Text));
    }

    [Fact]
    public void Realistic_operation_with_variables_fragments_and_directives_is_valid()
    {
        var errors = ValidateAll("""
            query Pets($atOtherHomes: Boolean = false, $search: FindDogInput, $skipOwner: Boolean!) {
              dog {
                ...dogFields
                owner @skip(if: $skipOwner) { name pets { ...petName } }
              }
              findDog(searchBy: $search) { ...dogFields isHouseTrained(atOtherHomes: $atOtherHomes) }
              catOrDog {
                __typename
                ... on Cat { meowVolume doesKnowCommand(catCommand: JUMP) }
                ... on Dog { barkVolume doesKnowCommand(dogCommand: SIT) }
              }
            }

            mutation AddCat($cat: CatInput!) {
              addPet(pet: { cat: $cat }) { ...petName }
            }

            fragment dogFields on Dog { name nickname barkVolume }
            fragment petName on Pet { name }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Errors_carry_the_validation_code_message_and_locations()
    {
        var errors = ValidateAll("{ dog { meowVolume } }");

        var error = Assert.Single(errors);
        Assert.Equal("Cannot query field \"meowVolume\" on type \"Dog\".", error.Message);
        Assert.Equal(DocumentValidator.ErrorCode, error.Code);
        Assert.Equal([new SourceLocation(1, 9)], error.Locations);
        Assert.Null(error.Path);
    }

    [Fact]
    public void All_specified_rules_report_in_one_pass()
    {
        var errors = ValidateAll("""
            query q($unused: Int) {
              dog { meowVolume ...missing }
              arguments { nonNullBooleanArgField }
            }
            fragment lonely on Dog { name }
            """);

        var messages = errors.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("Cannot query field \"meowVolume\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Unknown fragment \"missing\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("is required, but it was not provided", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Fragment \"lonely\" is never used", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Variable \"$unused\" is never used", StringComparison.Ordinal));
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void Specified_rules_cover_every_rule_of_section_5()
    {
        var names = SpecifiedRules.All.Select(r => r.GetType().Name).ToHashSet();

        string[] expected =
        [
            "ExecutableDefinitions", "OperationTypeExistence", "OperationNameUniqueness", "LoneAnonymousOperation",
            "SubscriptionSingleRootField", "FieldSelections", "FieldSelectionMerging", "LeafFieldSelections",
            "ArgumentNames", "ArgumentUniqueness", "RequiredArguments", "FragmentNameUniqueness",
            "FragmentSpreadTypeExistence", "FragmentsOnCompositeTypes", "FragmentsMustBeUsed",
            "FragmentSpreadTargetDefined", "FragmentSpreadsMustNotFormCycles", "FragmentSpreadIsPossible",
            "ValuesOfCorrectType", "InputObjectFieldNames", "InputObjectFieldUniqueness", "InputObjectRequiredFields",
            "DirectivesAreDefined", "DirectivesAreInValidLocations", "DirectivesAreUniquePerLocation",
            "VariableUniqueness", "VariablesAreInputTypes", "AllVariableUsesDefined", "AllVariablesUsed",
            "AllVariableUsagesAreAllowed",
        ];
        Assert.Equal(expected.Length, SpecifiedRules.All.Count);
        Assert.All(expected, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Null_literal_for_a_required_argument_is_reported_once()
    {
        var errors = ValidateAll("{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }");

        var error = Assert.Single(errors);
        Assert.Contains("must not be null", error.Message);
    }

    [Fact]
    public void A_custom_rule_sees_only_the_events_it_overrides()
    {
        var rule = new FieldCounter();
        var errors = DocumentValidator.Validate(
            ValidationTestSchema.Schema, Parser.Parse("{ dog { name owner { name } } }"), [rule]);

        Assert.Equal(ValidationEvents.EnterField, rule.Events);
        Assert.Equal(["dog:Query", "name:Dog", "owner:Dog", "name:Human"], errors.Select(e => e.Message));
    }

    [Fact]
    public void Error_limit_stops_validation()
    {
        var fields = string.Concat(Enumerable.Range(0, 500).Select(i => $" f{i}"));
        var errors = ValidateAll("{ dog {" + fields + " } }");

        Assert.Equal(DocumentValidator.DefaultMaxErrors + 1, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.All(errors, e => Assert.Equal(DocumentValidator.ErrorCode, e.Code));
    }

    [Fact]
    public void Hostile_many_conflicting_aliases_end_at_the_error_limit()
    {
        // Every pair of these fields conflicts (half a million pairs); collection stops at the error limit.
        var fields = string.Concat(Enumerable.Range(0, 900).Select(i => $" a: findDog(searchBy: {{ name: \"{i}\" }}) {{ name }}"));
        var errors = ValidateAll("{" + fields + " }");

        Assert.Equal(DocumentValidator.DefaultMaxErrors + 1, errors.Count);
        Assert.StartsWith("Fields \"a\" conflict", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_identical_conflicting_pairs_collapse_to_one_error()
    {
        var fields = string.Concat(Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? " a: name" : " a: nickname"));
        var errors = ValidateAll("{ dog {" + fields + " } }");

        var error = Assert.Single(errors);
        Assert.Equal(
            "Fields \"a\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            error.Message);
    }

    [Fact]
    public void Hostile_long_fragment_cycle_is_reported_without_overflow()
    {
        var text = new System.Text.StringBuilder("{ dog { ...f0 } }\n");
        for (var i = 0; i < 1100; i++)
        {
            text.Append($"fragment f{i} on Dog {{ name owner {{ name }} ...f{i + 1} }}\n");
        }

        text.Append("fragment f1100 on Dog { ...f0 }\n");
        var errors = ValidateAll(text.ToString());

        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"f0\" within itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_chain_of_differing_fragments_exhausts_the_comparison_budget_cleanly()
    {
        // Every fragment selects "x" with a different sub-selection, so each must be merge-checked against every later
        // one: about 320 000 comparisons, beyond the budget.
        var text = new System.Text.StringBuilder("{ dog { ...f0 } }\n");
        for (var i = 0; i < 800; i++)
        {
            text.Append($"fragment f{i} on Dog {{ x: owner {{ n{i}: name }} ...f{i + 1} }}\n");
        }

        text.Append("fragment f800 on Dog { name }\n");
        var errors = ValidateAll(text.ToString());

        var error = Assert.Single(errors);
        Assert.StartsWith("The document is too complex to check that its fields can be merged", error.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentValidator.ErrorCode, error.Code);
    }

    [Fact]
    public void Hostile_deep_nesting_validates()
    {
        var depth = 60;
        var text = "{ dog " + string.Concat(Enumerable.Repeat("{ owner { pets { ... on Dog ", depth)) + "{ name }"
            + string.Concat(Enumerable.Repeat(" } } }", depth)) + " }";
        var errors = ValidateAll(text, new ParserOptions { MaxDepth = 1000 });

        Assert.Empty(errors);
    }

    [Fact]
    public void Validation_of_a_shared_document_is_repeatable()
    {
        var document = Parser.Parse("query q($v: Int) { dog { name } }");

        var first = DocumentValidator.Validate(ValidationTestSchema.Schema, document);
        var second = DocumentValidator.Validate(ValidationTestSchema.Schema, document);

        Assert.Single(first);
        Assert.Equal(first[0].Message, second[0].Message);
    }

    [Fact]
    public void Reused_validation_state_follows_the_schema_of_each_call()
    {
        var hello = ValidationTestSchema.Build("type Query { hello: String }");
        var document = Parser.Parse("{ hello dog { name } }");

        var onHello = DocumentValidator.Validate(hello, document);
        var onPets = DocumentValidator.Validate(ValidationTestSchema.Schema, document);

        Assert.Equal("Cannot query field \"dog\" on type \"Query\".", Assert.Single(onHello).Message);
        Assert.Empty(onPets);
    }

    [Fact]
    public void A_rule_that_throws_leaves_no_state_behind()
    {
        var document = Parser.Parse("query q($unused: Int) { dog { name } }");

        Assert.Throws<InvalidOperationException>(() =>
            DocumentValidator.Validate(ValidationTestSchema.Schema, document, [new AllVariablesUsed(), new Exploding()]));
        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse("{ dog { name } }"));

        Assert.Empty(errors);
    }

    private sealed class Exploding : ValidationRule
    {
        public override void LeaveDocument(ValidationContext context, DocumentNode node) =>
            throw new InvalidOperationException("rule failure");
    }

    private sealed class FieldCounter : ValidationRule
    {
        public override void EnterField(ValidationContext context, FieldNode node) =>
            context.ReportError($"{node.Name}:{context.TypeInfo.ParentType?.Name}", node);
    }
}
