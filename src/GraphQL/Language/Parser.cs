using System.Globalization;
using System.Runtime.CompilerServices;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (spec section 2, Appendix C). Recursion depth is bounded by
/// <see cref="ParserOptions.MaxDepth"/> and work by <see cref="ParserOptions.MaxTokens"/>, so no input can overflow the
/// stack or run away.
/// </summary>
public sealed partial class Parser
{
    private readonly bool _noLocation;
    private readonly int _maxDepth;
    private Lexer _lexer;
    private int _depth;

    // Items of lists under construction; nested lists push above their parent's items and pop before it resumes,
    // so every finished list costs exactly one exact-size array.
    private object[] _scratch = new object[32];
    private int _scratchCount;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        _noLocation = options.NoLocation;
        _maxDepth = options.MaxDepth;
        _lexer = new Lexer(source, options.MaxTokens);
        _lexer.Advance();
    }

    /// <summary>Parses a whole document (executable and/or type system definitions).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
        => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal (variables allowed), e.g. <c>{ a: [1, $v] }</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        var location = Location();
        var start = _scratchCount;
        do
        {
            Push(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        return new DocumentNode(PopList<DefinitionNode>(start), location);
    }

    private SourceLocation? Location() => _noLocation ? null : _lexer.Location;

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private bool PeekKeyword(string keyword) => _lexer.Kind == TokenKind.Name && _lexer.Span.SequenceEqual(keyword);

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw Failure($"Expected {Describe(kind)}, found {DescribeToken()}.");
        }

        _lexer.Advance();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw Failure($"Expected \"{keyword}\", found {DescribeToken()}.");
        }

        _lexer.Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private string ExpectName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Failure($"Expected Name, found {DescribeToken()}.");
        }

        var name = TokenText();
        _lexer.Advance();
        return name;
    }

    private string TokenText() => _lexer.Source.Substring(_lexer.Start, _lexer.End - _lexer.Start);

    private void EnterNesting()
    {
        // The stack probe covers callers that raise MaxDepth beyond what the thread's stack can hold.
        if (++_depth > _maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Failure($"Document exceeds the maximum nesting depth of {_maxDepth.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private void LeaveNesting() => _depth--;

    private GraphQLSyntaxException Unexpected() => Failure($"Unexpected {DescribeToken()}.");

    private GraphQLSyntaxException Failure(string description) => new(description, _lexer.Location);

    private string DescribeToken()
    {
        var kind = _lexer.Kind;
        return kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Describe(kind)} \"{Lexer.Excerpt(_lexer.Span)}\"",
            TokenKind.String or TokenKind.BlockString => $"{Describe(kind)} \"{Lexer.Excerpt(_lexer.Value)}\"",
            _ => Describe(kind),
        };
    }

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    private void Push(object item)
    {
        if (_scratchCount == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        _scratch[_scratchCount++] = item;
    }

    private T[] PopList<T>(int start)
        where T : class
    {
        var count = _scratchCount - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_scratch[start + i];
            _scratch[start + i] = null!;
        }

        _scratchCount = start;
        return items;
    }
}
