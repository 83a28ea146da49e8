using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.3.1 Field Selections.</summary>
public class FieldSelectionsTests
{
    private static readonly FieldSelections Rule = new();

    [Fact]
    public void Spec_counter_example_fields_not_defined()
    {
        Invalid(Rule, """
            fragment fieldNotDefined on Dog {
              meowVolume
            }

            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume: kawVolume
            }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\".", 2, 3),
            Error("Cannot query field \"kawVolume\" on type \"Dog\".", 6, 3));
    }

    [Fact]
    public void Spec_example_interface_field_selection()
    {
        Valid(Rule, """
            fragment interfaceFieldSelection on Pet {
              name
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_field_defined_on_implementers_only()
    {
        Invalid(Rule, """
            fragment definedOnImplementersButNotInterface on Pet {
              nickname
            }
            """,
            Error("Cannot query field \"nickname\" on type \"Pet\".", 2, 3));
    }

    [Fact]
    public void Spec_example_indirect_field_selection_on_union()
    {
        Valid(Rule, """
            fragment inDirectFieldSelectionOnUnion on CatOrDog {
              __typename
              ... on Pet {
                name
              }
              ... on Dog {
                barkVolume
              }
            }
            """);
    }

    [Fact]
    public void Spec_counter_example_direct_field_selection_on_union()
    {
        Invalid(Rule, """
            fragment directFieldSelectionOnUnion on CatOrDog {
              name
              barkVolume
            }
            """,
            Error("Cannot query field \"name\" on type \"CatOrDog\".", 2, 3),
            Error("Cannot query field \"barkVolume\" on type \"CatOrDog\".", 3, 3));
    }

    [Fact]
    public void Meta_fields_are_known_where_the_spec_allows_them()
    {
        Valid(Rule, "{ __typename __schema { queryType { name } } __type(name: \"Dog\") { name } dog { __typename } }");
    }

    [Fact]
    public void Schema_meta_field_is_unknown_below_the_query_root()
    {
        Invalid(Rule, "{ dog { __schema { queryType { name } } } }", Error("Cannot query field \"__schema\" on type \"Dog\".", 1, 9));
    }

    [Fact]
    public void Fields_under_an_unknown_field_are_not_reported_again()
    {
        Invalid(Rule, "{ unknown { alsoUnknown } }", Error("Cannot query field \"unknown\" on type \"Query\".", 1, 3));
    }
}
