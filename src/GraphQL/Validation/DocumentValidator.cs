using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5). One walk of the document feeds every rule at
/// once, with the type info kept up to date on the way down.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The <c>extensions.code</c> of every validation error.</summary>
    public const string ErrorCode = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>How many errors are reported before validation gives up (hostile documents can produce millions).</summary>
    public const int DefaultMaxErrors = 100;

    [ThreadStatic]
    private static ValidationContext? _idle;

    /// <summary>Validates a document; returns no errors when it may be executed.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var dispatch = RuleDispatch.For(rules ?? SpecifiedRules.All);
        // One context per thread is reused: its dictionaries and stacks keep their capacity between documents.
        var context = _idle;
        _idle = null;
        if (context is null)
        {
            context = new ValidationContext(schema, document, maxErrors);
        }
        else
        {
            context.Begin(schema, document, maxErrors);
        }

        try
        {
            new DocumentWalker(context, dispatch).Walk(document);
            return context.Finish();
        }
        finally
        {
            _idle = context;
        }
    }
}
