using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <content>Type system definitions (spec section 3 grammar).</content>
public sealed partial class Parser
{
    private SchemaDefinitionNode ParseSchemaDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceLeft);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode(description, directives, operationTypes, location);
    }

    private OperationTypeDefinitionNode[] ParseOperationTypeDefinitionsAfterBrace()
    {
        var start = _scratchCount;
        do
        {
            var location = Location();
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            Push(new OperationTypeDefinitionNode(operation, ParseNamedType(), location));
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        return PopList<OperationTypeDefinitionNode>(start);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("scalar");
        var name = ExpectName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(isConst: true), location);
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("type");
        var name = ExpectName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition(), location);
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("interface");
        var name = ExpectName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition(), location);
    }

    private NamedTypeNode[] ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }

        ExpectOptional(TokenKind.Ampersand);
        var start = _scratchCount;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Ampersand));

        return PopList<NamedTypeNode>(start);
    }

    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft))
        {
            return [];
        }

        var start = _scratchCount;
        do
        {
            var location = Location();
            var description = ParseDescription();
            var name = ExpectName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            Push(new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(isConst: true), location));
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        return PopList<FieldDefinitionNode>(start);
    }

    private InputValueDefinitionNode[] ParseArgumentDefinitions()
        => ExpectOptional(TokenKind.ParenLeft) ? ParseInputValueDefinitions(TokenKind.ParenRight) : [];

    private InputValueDefinitionNode[] ParseInputFieldsDefinition()
        => ExpectOptional(TokenKind.BraceLeft) ? ParseInputValueDefinitions(TokenKind.BraceRight) : [];

    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind closing)
    {
        var start = _scratchCount;
        do
        {
            var location = Location();
            var description = ParseDescription();
            var name = ExpectName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
            Push(new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(isConst: true), location));
        }
        while (!ExpectOptional(closing));

        return PopList<InputValueDefinitionNode>(start);
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("union");
        var name = ExpectName();
        var directives = ParseDirectives(isConst: true);
        return new UnionTypeDefinitionNode(description, name, directives, ParseUnionMemberTypes(), location);
    }

    private NamedTypeNode[] ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return [];
        }

        ExpectOptional(TokenKind.Pipe);
        var start = _scratchCount;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return PopList<NamedTypeNode>(start);
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("enum");
        var name = ExpectName();
        var directives = ParseDirectives(isConst: true);
        return new EnumTypeDefinitionNode(description, name, directives, ParseEnumValuesDefinition(), location);
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft))
        {
            return [];
        }

        var start = _scratchCount;
        do
        {
            var location = Location();
            var description = ParseDescription();
            if (PeekKeyword("true") || PeekKeyword("false") || PeekKeyword("null"))
            {
                throw Failure($"{DescribeToken()} is reserved and cannot be used for an enum value.");
            }

            var name = ExpectName();
            Push(new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true), location));
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        return PopList<EnumValueDefinitionNode>(start);
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("input");
        var name = ExpectName();
        var directives = ParseDirectives(isConst: true);
        return new InputObjectTypeDefinitionNode(description, name, directives, ParseInputFieldsDefinition(), location);
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ExpectName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, ParseDirectiveLocations(), location);
    }

    private DirectiveLocation[] ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var locations = new List<DirectiveLocation>();
        do
        {
            if (_lexer.Kind != TokenKind.Name || !DirectiveLocationNames.TryParse(TokenText(), out var location))
            {
                throw Unexpected();
            }

            _lexer.Advance();
            locations.Add(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return [.. locations];
    }
}
