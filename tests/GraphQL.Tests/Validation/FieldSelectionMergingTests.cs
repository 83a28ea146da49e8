using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.3.2 Field Selection Merging.</summary>
public class FieldSelectionMergingTests
{
    private static readonly FieldSelectionMerging Rule = new();

    [Fact]
    public void Spec_examples_identical_fields_and_aliases_merge()
    {
        Valid(Rule, """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }

            fragment mergeIdenticalAliasesAndFields on Dog {
              otherName: name
              otherName: name
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_alias_hides_a_different_field()
    {
        Invalid(Rule, """
            fragment conflictingBecauseAlias on Dog {
              name: nickname
              name
            }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields.", 2, 3));
    }

    [Fact]
    public void Spec_examples_identical_arguments_and_variables_merge()
    {
        Valid(Rule, """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }

            fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
              doesKnowCommand(dogCommand: $dogCommand)
              doesKnowCommand(dogCommand: $dogCommand)
            }
            """);
    }

    [Fact]
    public void Spec_counter_examples_differing_arguments()
    {
        Invalid(Rule, """
            fragment conflictingArgsOnValues on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }

            fragment conflictingArgsValueAndVar on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: $dogCommand)
            }

            fragment conflictingArgsWithVars on Dog {
              doesKnowCommand(dogCommand: $varOne)
              doesKnowCommand(dogCommand: $varTwo)
            }

            fragment differingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments.", 2, 3),
            Error("they have differing arguments", 7, 3),
            Error("they have differing arguments", 12, 3),
            Error("they have differing arguments", 17, 3));
    }

    [Fact]
    public void Spec_examples_differing_fields_on_exclusive_object_types_are_safe()
    {
        Valid(Rule, """
            fragment safeDifferingFields on Pet {
              ... on Dog {
                volume: barkVolume
              }
              ... on Cat {
                volume: meowVolume
              }
            }

            fragment safeDifferingArgs on Pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
              ... on Cat {
                doesKnowCommand(catCommand: JUMP)
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_differing_response_shapes()
    {
        Invalid(Rule, """
            fragment conflictingDifferingResponses on Pet {
              ... on Dog {
                someValue: nickname
              }
              ... on Cat {
                someValue: meowVolume
              }
            }
            """,
            Error("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\".", 3, 5));
    }

    [Fact]
    public void Conflict_across_named_fragments_is_found()
    {
        Invalid(Rule, """
            {
              dog {
                ...A
                ...B
              }
            }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields.", 7, 21));
    }

    [Fact]
    public void Conflict_between_a_field_and_a_nested_fragment_is_found()
    {
        Invalid(Rule, """
            {
              dog {
                x: name
                ...A
              }
            }
            fragment A on Dog { ...B }
            fragment B on Dog { x: barkVolume }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields.", 3, 5));
    }

    [Fact]
    public void Conflict_in_sub_selections_names_the_subfields()
    {
        Invalid(Rule, """
            {
              dog {
                owner { n: name }
                owner { n: __typename }
              }
            }
            """,
            Error("Fields \"owner\" conflict because subfields \"n\" conflict because \"name\" and \"__typename\" are different fields.", 3, 5));
    }

    [Fact]
    public void Nullability_difference_is_a_shape_conflict_even_on_exclusive_types()
    {
        Invalid(Rule, """
            {
              catOrDog {
                ... on Dog { v: isHouseTrained }
                ... on Cat { v: nickname }
              }
            }
            """,
            Error("they return conflicting types \"Boolean!\" and \"String\"", 3, 18));
    }

    [Fact]
    public void Same_fields_on_different_parents_within_interface_scope_must_match()
    {
        Invalid(Rule, """
            {
              pet {
                name
                ... on Dog { name: nickname }
              }
            }
            """,
            Error("\"name\" and \"nickname\" are different fields", 3, 5));
    }

    [Fact]
    public void Fragment_cycle_does_not_loop()
    {
        Valid(Rule, """
            { dog { ...A } }
            fragment A on Dog { name owner { pets { ...A } } }
            """);
    }

    [Fact]
    public void Thousands_of_identical_aliased_fields_validate()
    {
        var fields = string.Concat(Enumerable.Repeat(" a: name owner { name }", 1800));
        Valid(Rule, "{ dog {" + fields + " } }");
    }

    [Fact]
    public void Deeply_repeated_fragments_are_not_exponential()
    {
        // Each level spreads the next twice; without memoisation the comparisons double per level (2^30).
        var text = new System.Text.StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append($"fragment F{i} on Dog {{ owner {{ pets {{ ... on Dog {{ ...F{i + 1} ...F{i + 1} }} }} }} }}\n");
        }

        text.Append("fragment F30 on Dog { name }\n");
        Valid(Rule, text.ToString());
    }
}
