using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Engine;

/// <summary>Settings of a <see cref="GraphQLEngine"/>.</summary>
public sealed class GraphQLEngineOptions
{
    /// <summary>How many prepared documents the cache keeps.</summary>
    public int DocumentCacheCapacity { get; init; } = 1000;

    /// <summary>Documents longer than this (characters) are prepared every time rather than cached.</summary>
    public int MaxCachedDocumentLength { get; init; } = 64 * 1024;

    /// <summary>Parser limits (tokens, depth).</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Rules run after the specified rules of section 5 (depth, alias and cost limits).</summary>
    public IReadOnlyList<IValidationRule> AdditionalValidationRules { get; init; } = [];

    /// <summary>How many validation errors are reported at most.</summary>
    public int MaxValidationErrors { get; init; } = DocumentValidator.DefaultMaxErrors;

    /// <summary>Executor hooks: field middleware, unexpected error reporting.</summary>
    public ExecutionOptions Execution { get; init; } = new();
}
