using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>
/// Prints any syntax node as canonical GraphQL text (two-space indentation, one selection per line, arguments on one
/// line); parsing the output yields a tree that <see cref="SyntaxComparer"/> considers equal to the input.
/// </summary>
public static class Printer
{
    /// <summary>Canonical text of a node.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new SyntaxWriter();
        writer.Write(node);
        return writer.ToString();
    }

    /// <summary>A GraphQL string literal for <paramref name="value"/> with the escapes the spec recommends.</summary>
    public static string PrintString(string value)
    {
        var writer = new SyntaxWriter();
        writer.WriteQuotedString(value);
        return writer.ToString();
    }
}
