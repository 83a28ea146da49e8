using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.3.3 Leaf Field Selections.</summary>
public class LeafFieldSelectionsTests
{
    private static readonly LeafFieldSelections Rule = new();

    [Fact]
    public void Spec_example_scalar_selection()
    {
        Valid(Rule, """
            fragment scalarSelection on Dog {
              barkVolume
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_selection_on_scalar()
    {
        Invalid(Rule, """
            fragment scalarSelectionsNotAllowedOnInt on Dog {
              barkVolume {
                sinceWhen
              }
            }
            """,
            Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", 2, 14));
    }

    [Fact]
    public void Spec_counter_example_composite_fields_without_selection()
    {
        Invalid(Rule, """
            query directQueryOnObjectWithoutSubFields {
              human
            }

            query directQueryOnInterfaceWithoutSubFields {
              pet
            }

            query directQueryOnUnionWithoutSubFields {
              catOrDog
            }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields", 2, 3),
            Error("Field \"pet\" of type \"Pet\" must have a selection of subfields", 6, 3),
            Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields", 10, 3));
    }

    [Fact]
    public void Spec_example_object_with_sub_fields()
    {
        Valid(Rule, """
            query directQueryOnObjectWithSubFields {
              human {
                name
              }
            }
            """);
    }

    [Fact]
    public void Enum_and_list_wrapped_leaf_types_are_leaves()
    {
        Invalid(Rule, "{ arguments { booleanListArgField(booleanListArg: [true]) { x } } }",
            Error("type \"[Boolean]\" has no subfields", 1, 59));
    }

    [Fact]
    public void List_of_interfaces_needs_a_selection()
    {
        Invalid(Rule, "{ human { pets } }", Error("Field \"pets\" of type \"[Pet!]\" must have a selection", 1, 11));
    }
}
