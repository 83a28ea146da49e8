using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Engine;

/// <summary>A document after parsing and validation: either executable, or the request errors that stop it.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError>? errors)
    {
        Document = document;
        Errors = errors is { Count: > 0 } ? errors : null;
    }

    /// <summary>The parsed document; null when parsing failed.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Parse or validation errors; null when the document may be executed.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>True when the document parsed and passed validation.</summary>
    public bool IsValid => Errors is null && Document is not null;

    /// <summary>The operation a request would run (spec GetOperation); null when none matches.</summary>
    public OperationDefinitionNode? GetOperation(string? operationName) =>
        Document is null ? null : OperationSelection.Select(Document, operationName, out _);
}
