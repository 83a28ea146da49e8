using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <content>Type system extensions: <c>extend schema|scalar|type|interface|union|enum|input</c>.</content>
public sealed partial class Parser
{
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var location = Location();
        ExpectKeyword("extend");
        if (_lexer.Kind == TokenKind.Name)
        {
            switch (_lexer.Span)
            {
                case "schema": return ParseSchemaExtension(location);
                case "scalar": return ParseScalarTypeExtension(location);
                case "type": return ParseObjectTypeExtension(location);
                case "interface": return ParseInterfaceTypeExtension(location);
                case "union": return ParseUnionTypeExtension(location);
                case "enum": return ParseEnumTypeExtension(location);
                case "input": return ParseInputObjectTypeExtension(location);
            }
        }

        throw Unexpected();
    }

    private SchemaExtensionNode ParseSchemaExtension(SourceLocation? location)
    {
        _lexer.Advance();
        var directives = ParseDirectives(isConst: true);
        OperationTypeDefinitionNode[] operationTypes = ExpectOptional(TokenKind.BraceLeft) ? ParseOperationTypeDefinitionsAfterBrace() : [];
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, location);
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension(SourceLocation? location)
    {
        _lexer.Advance();
        var name = ExpectName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, location);
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension(SourceLocation? location)
    {
        _lexer.Advance();
        var name = ExpectName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, location);
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension(SourceLocation? location)
    {
        _lexer.Advance();
        var name = ExpectName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, location);
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension(SourceLocation? location)
    {
        _lexer.Advance();
        var name = ExpectName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, location);
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension(SourceLocation? location)
    {
        _lexer.Advance();
        var name = ExpectName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, location);
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(SourceLocation? location)
    {
        _lexer.Advance();
        var name = ExpectName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, location);
    }
}
