using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationAssert;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Spec 5.4.2 Argument Uniqueness.</summary>
public class ArgumentUniquenessTests
{
    private static readonly ArgumentUniqueness Rule = new();

    [Fact]
    public void Distinct_arguments_are_valid()
    {
        Valid(Rule, "{ arguments { multipleRequirements(x: 1, y: 2) } dog { name @include(if: true) } }");
    }

    [Fact]
    public void Duplicate_field_argument_is_reported_at_every_occurrence()
    {
        var errors = Validate("{ arguments { multipleRequirements(x: 1, x: 2, y: 3) } }", Rule);

        var error = Assert.Single(errors);
        Assert.Equal("There can be only one argument named \"x\".", error.Message);
        Assert.Equal([new Platform.GraphQL.Language.SourceLocation(1, 36), new Platform.GraphQL.Language.SourceLocation(1, 42)], error.Locations);
    }

    [Fact]
    public void Duplicate_directive_argument_is_reported()
    {
        Invalid(Rule, "{ dog { name @include(if: true, if: false) } }", Error("only one argument named \"if\"", 1, 23));
    }

    [Fact]
    public void Many_duplicates_in_a_long_list_report_once_per_name()
    {
        var arguments = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"a{i % 3}: {i}"));
        var errors = Validate($"{{ arguments {{ multipleRequirements({arguments}) }} }}", Rule);

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.True(e.Locations!.Count >= 13));
    }
}
