using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>The five forms of schema coordinate (spec 2.14).</summary>
public enum SchemaCoordinateKind
{
    /// <summary><c>Type</c></summary>
    Type,

    /// <summary><c>Type.member</c>: a field, input field or enum value.</summary>
    Member,

    /// <summary><c>Type.field(arg:)</c></summary>
    Argument,

    /// <summary><c>@directive</c></summary>
    Directive,

    /// <summary><c>@directive(arg:)</c></summary>
    DirectiveArgument,
}

/// <summary>
/// A parsed schema coordinate such as <c>Query.policy(id:)</c> or <c>@deprecated(reason:)</c> (spec 2.14). Its grammar
/// is self-contained and allows no ignored tokens, so every element has exactly one spelling.
/// </summary>
public sealed record SchemaCoordinate(SchemaCoordinateKind Kind, string Name, string? MemberName = null, string? ArgumentName = null)
{
    /// <summary>Parses a schema coordinate.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a schema coordinate (e.g. contains whitespace).</exception>
    public static SchemaCoordinate Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var position = 0;
        var isDirective = source.Length > 0 && source[0] == '@';
        if (isDirective)
        {
            position++;
        }

        var name = ReadName(source, ref position);
        string? member = null;
        if (!isDirective && Peek(source, position) == '.')
        {
            position++;
            member = ReadName(source, ref position);
        }

        string? argument = null;
        if ((isDirective || member is not null) && Peek(source, position) == '(')
        {
            position++;
            argument = ReadName(source, ref position);
            Expect(source, ref position, ':');
            Expect(source, ref position, ')');
        }

        if (position < source.Length)
        {
            throw Unexpected(source, position);
        }

        var kind = (isDirective, member, argument) switch
        {
            (true, _, null) => SchemaCoordinateKind.Directive,
            (true, _, _) => SchemaCoordinateKind.DirectiveArgument,
            (false, null, _) => SchemaCoordinateKind.Type,
            (false, _, null) => SchemaCoordinateKind.Member,
            _ => SchemaCoordinateKind.Argument,
        };
        return new SchemaCoordinate(kind, name, member, argument);
    }

    /// <summary>The canonical spelling, e.g. <c>Type.field(arg:)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Kind is SchemaCoordinateKind.Directive or SchemaCoordinateKind.DirectiveArgument)
        {
            text.Append('@');
        }

        text.Append(Name);
        if (MemberName is not null)
        {
            text.Append('.').Append(MemberName);
        }

        if (ArgumentName is not null)
        {
            text.Append('(').Append(ArgumentName).Append(":)");
        }

        return text.ToString();
    }

    private static int Peek(string source, int position) => position < source.Length ? source[position] : -1;

    private static string ReadName(string source, ref int position)
    {
        var start = position;
        if (position < source.Length && (char.IsAsciiLetter(source[position]) || source[position] == '_'))
        {
            position++;
            while (position < source.Length && (char.IsAsciiLetterOrDigit(source[position]) || source[position] == '_'))
            {
                position++;
            }

            return source[start..position];
        }

        throw new GraphQLSyntaxException($"Expected Name, found {Describe(source, position)}.", new SourceLocation(1, position + 1));
    }

    private static void Expect(string source, ref int position, char punctuator)
    {
        if (Peek(source, position) != punctuator)
        {
            throw new GraphQLSyntaxException(
                $"Expected \"{punctuator}\", found {Describe(source, position)}.",
                new SourceLocation(1, position + 1));
        }

        position++;
    }

    private static GraphQLSyntaxException Unexpected(string source, int position)
        => new($"Unexpected {Describe(source, position)}.", new SourceLocation(1, position + 1));

    private static string Describe(string source, int position) => new Lexer(source).DescribeCharAt(position);
}
