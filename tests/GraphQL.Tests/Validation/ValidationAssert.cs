using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>One expected validation error: a part of its message and its first location.</summary>
internal readonly record struct ExpectedError(string MessagePart, int Line, int Column);

/// <summary>Runs one rule (or all) over a document and checks the errors.</summary>
internal static class ValidationAssert
{
    public static IReadOnlyList<GraphQLError> Validate(string document, IValidationRule? rule, Schema? schema = null) =>
        DocumentValidator.Validate(
            schema ?? ValidationTestSchema.Schema,
            Parser.Parse(document),
            rule is null ? null : [rule]);

    /// <summary>The document passes the rule.</summary>
    public static void Valid(IValidationRule rule, string document, Schema? schema = null)
    {
        var errors = Validate(document, rule, schema);
        Assert.True(errors.Count == 0, "Expected no errors but got: " + string.Join(" | ", errors.Select(e => e.Message)));
    }

    /// <summary>The document fails the rule with exactly these errors, in order.</summary>
    public static void Invalid(IValidationRule rule, string document, params ExpectedError[] expected) =>
        InvalidWith(rule, document, null, expected);

    /// <summary>As <see cref="Invalid"/>, against another schema.</summary>
    public static void InvalidWith(IValidationRule? rule, string document, Schema? schema, params ExpectedError[] expected)
    {
        var errors = Validate(document, rule, schema);
        var summary = string.Join(" | ", errors.Select(e => $"{e.Message} @{Describe(e)}"));
        Assert.True(errors.Count == expected.Length, $"Expected {expected.Length} error(s) but got {errors.Count}: {summary}");
        for (var i = 0; i < expected.Length; i++)
        {
            var error = errors[i];
            Assert.Contains(expected[i].MessagePart, error.Message, StringComparison.Ordinal);
            Assert.Equal(DocumentValidator.ErrorCode, error.Code);
            Assert.NotNull(error.Locations);
            Assert.NotEmpty(error.Locations);
            Assert.Equal(new SourceLocation(expected[i].Line, expected[i].Column), error.Locations[0]);
        }
    }

    /// <summary>Shorthand for an expected error.</summary>
    public static ExpectedError Error(string messagePart, int line, int column) => new(messagePart, line, column);

    private static string Describe(GraphQLError error) =>
        error.Locations is null ? "-" : string.Join(",", error.Locations.Select(l => $"{l.Line}:{l.Column}"));
}
