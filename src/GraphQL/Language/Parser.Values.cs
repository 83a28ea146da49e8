using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <content>Value literals and type references.</content>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var location = Location();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst, location);
            case TokenKind.BraceLeft:
                return ParseObject(isConst, location);
            case TokenKind.Int:
                {
                    var text = TokenText();
                    _lexer.Advance();
                    return new IntValueNode(text, location);
                }

            case TokenKind.Float:
                {
                    var text = TokenText();
                    _lexer.Advance();
                    return new FloatValueNode(text, location);
                }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                {
                    var span = _lexer.Span;
                    ValueNode value = span switch
                    {
                        "true" => new BooleanValueNode(true, location),
                        "false" => new BooleanValueNode(false, location),
                        "null" => new NullValueNode(location),
                        _ => new EnumValueNode(TokenText(), location),
                    };
                    _lexer.Advance();
                    return value;
                }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = _lexer.Location;
                    _lexer.Advance();
                    var variableName = Peek(TokenKind.Name) ? Lexer.Excerpt(_lexer.Span) : string.Empty;
                    throw new GraphQLSyntaxException($"Unexpected variable \"${variableName}\" in constant value.", dollar);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseList(bool isConst, SourceLocation? location)
    {
        EnterNesting();
        _lexer.Advance();
        var start = _scratchCount;
        while (!ExpectOptional(TokenKind.BracketRight))
        {
            Push(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(PopList<ValueNode>(start), location);
    }

    private ObjectValueNode ParseObject(bool isConst, SourceLocation? location)
    {
        EnterNesting();
        _lexer.Advance();
        var start = _scratchCount;
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            var fieldLocation = Location();
            var name = ExpectName();
            Expect(TokenKind.Colon);
            Push(new ObjectFieldNode(name, ParseValueLiteral(isConst), fieldLocation));
        }

        LeaveNesting();
        return new ObjectValueNode(PopList<ObjectFieldNode>(start), location);
    }

    private StringValueNode ParseStringLiteral()
    {
        var node = new StringValueNode(_lexer.Value!, _lexer.Kind == TokenKind.BlockString, Location());
        _lexer.Advance();
        return node;
    }

    private TypeNode ParseTypeReference()
    {
        var location = Location();
        TypeNode type;
        if (Peek(TokenKind.BracketLeft))
        {
            EnterNesting();
            _lexer.Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            LeaveNesting();
            type = new ListTypeNode(itemType, location);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, location) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var location = Location();
        return new NamedTypeNode(ExpectName(), location);
    }
}
