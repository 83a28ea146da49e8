using System.Globalization;
using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>
/// Splits a GraphQL source text into tokens (spec 2.1), skipping ignored tokens. A mutable struct advanced in place so
/// that lexing allocates nothing except the strings the AST needs.
/// </summary>
public partial struct Lexer
{
    private readonly string _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line;
    private int _lineStart;
    private int _tokenCount;
    private StringBuilder? _buffer;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    /// <param name="source">The document text.</param>
    /// <param name="maxTokens">Tokens allowed before lexing aborts with a syntax error.</param>
    public Lexer(string source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _maxTokens = maxTokens;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The source text being lexed.</summary>
    public readonly string Source => _source;

    /// <summary>Kind of the current token.</summary>
    public TokenKind Kind { readonly get; private set; }

    /// <summary>Offset of the current token's first character.</summary>
    public int Start { readonly get; private set; }

    /// <summary>Offset just past the current token.</summary>
    public int End { readonly get; private set; }

    /// <summary>1-based line of the current token.</summary>
    public int Line { readonly get; private set; }

    /// <summary>1-based column of the current token.</summary>
    public int Column { readonly get; private set; }

    /// <summary>Interpreted value of a string or block string token; null for other kinds.</summary>
    public string? Value { readonly get; private set; }

    /// <summary>Location of the current token.</summary>
    public readonly SourceLocation Location => new(Line, Column);

    /// <summary>The current token's source text.</summary>
    public readonly ReadOnlySpan<char> Span => _source.AsSpan(Start, End - Start);

    /// <summary>The current token as a value.</summary>
    public readonly Token Current => new(Kind, Start, End, Line, Column, Value);

    /// <summary>Moves to the next token; at the end of the source the kind stays <see cref="TokenKind.EndOfFile"/>.</summary>
    /// <exception cref="GraphQLSyntaxException">Invalid character, number or string, or the token limit is exceeded.</exception>
    public void Advance()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return;
        }

        SkipIgnored();
        Value = null;
        Start = _position;
        Line = _line;
        Column = _position - _lineStart + 1;

        var source = _source;
        if (_position >= source.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = _position;
            return;
        }

        if (++_tokenCount > _maxTokens)
        {
            throw new GraphQLSyntaxException(
                $"Document contains more than {_maxTokens.ToString(CultureInfo.InvariantCulture)} tokens. Parsing aborted.",
                Location);
        }

        var c = source[_position];
        switch (c)
        {
            case '!': Punctuator(TokenKind.Bang); return;
            case '$': Punctuator(TokenKind.Dollar); return;
            case '&': Punctuator(TokenKind.Ampersand); return;
            case '(': Punctuator(TokenKind.ParenLeft); return;
            case ')': Punctuator(TokenKind.ParenRight); return;
            case ':': Punctuator(TokenKind.Colon); return;
            case '=': Punctuator(TokenKind.Equals); return;
            case '@': Punctuator(TokenKind.At); return;
            case '[': Punctuator(TokenKind.BracketLeft); return;
            case ']': Punctuator(TokenKind.BracketRight); return;
            case '{': Punctuator(TokenKind.BraceLeft); return;
            case '|': Punctuator(TokenKind.Pipe); return;
            case '}': Punctuator(TokenKind.BraceRight); return;
            case '.':
                if (CharAt(_position + 1) == '.' && CharAt(_position + 2) == '.')
                {
                    _position += 3;
                    Kind = TokenKind.Spread;
                    End = _position;
                    return;
                }

                break;
            case '"':
                if (CharAt(_position + 1) == '"' && CharAt(_position + 2) == '"')
                {
                    ReadBlockString();
                }
                else
                {
                    ReadString();
                }

                return;
        }

        if (IsNameStart(c))
        {
            ReadName();
            return;
        }

        if (c == '-' || IsDigit(c))
        {
            ReadNumber();
            return;
        }

        if (c == '\'')
        {
            throw Error(_position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        throw Error(_position, "Unexpected character: " + DescribeCharAt(_position) + ".");
    }

    /// <summary>Describes the character at an offset as error messages show it: <c>"x"</c>, <c>U+00A0</c> or <c>&lt;EOF&gt;</c>.</summary>
    public readonly string DescribeCharAt(int position)
    {
        var code = CharAt(position);
        if (code < 0)
        {
            return "<EOF>";
        }

        if (char.IsHighSurrogate((char)code) && char.IsLowSurrogate((char)CharAt(position + 1)))
        {
            return "U+" + char.ConvertToUtf32((char)code, (char)CharAt(position + 1)).ToString("X4", CultureInfo.InvariantCulture);
        }

        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>Source text as error messages quote it: long text is cut so a hostile document cannot bloat the error.</summary>
    internal static string Excerpt(ReadOnlySpan<char> text)
        => text.Length <= MaxExcerpt ? text.ToString() : string.Concat(text[..MaxExcerpt], "...");

    private const int MaxExcerpt = 64;

    private void Punctuator(TokenKind kind)
    {
        _position++;
        Kind = kind;
        End = _position;
    }

    private readonly int CharAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private static bool IsNameStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    private void SkipIgnored()
    {
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            switch (source[position])
            {
                case ' ':
                case '\t':
                case ',':
                case '\uFEFF':
                    position++;
                    break;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    break;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    break;
                case '#':
                    position = SkipComment(position + 1);
                    break;
                default:
                    _position = position;
                    return;
            }
        }

        _position = position;
    }

    /// <summary>Skips comment characters; an invalid character (lone surrogate) ends the comment and surfaces as a token error.</summary>
    private readonly int SkipComment(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]))
                {
                    position += 2;
                    continue;
                }

                break;
            }

            position++;
        }

        return position;
    }

    private void ReadName()
    {
        var source = _source;
        var position = _position + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        _position = position;
        Kind = TokenKind.Name;
        End = position;
    }

    private readonly GraphQLSyntaxException Error(int position, string description)
        => new(description, new SourceLocation(_line, position - _lineStart + 1));
}
