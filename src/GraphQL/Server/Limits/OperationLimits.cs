namespace Platform.GraphQL.Server.Limits;

/// <summary>Document limits; null switches a limit off.</summary>
public sealed class OperationLimits
{
    /// <summary>Most lexical tokens in a document (parser limit; applies when the server builds the engine).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Deepest field nesting (introspection subtrees not counted).</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>Most aliased fields in an operation, fragments expanded.</summary>
    public int? MaxAliases { get; set; } = 30;

    /// <summary>Most directives applied at one location (one field, fragment or operation).</summary>
    public int? MaxDirectivesPerLocation { get; set; } = 5;

    /// <summary>Highest accepted cost (see <see cref="CostModel"/>).</summary>
    public long? MaxCost { get; set; } = 10_000;

    /// <summary>Assumed length of a list field that has no <c>first</c>/<c>last</c> argument and no declared size.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Name of the metadata entry and of the field directive (argument <c>size</c>) that declare a list field's page size.</summary>
    public const string ListSizeName = "listSize";
}
