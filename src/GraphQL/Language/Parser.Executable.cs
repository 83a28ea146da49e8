using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <content>Definitions dispatch and executable definitions: operations, fragments, selections, arguments, directives.</content>
public sealed partial class Parser
{
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            var location = Location();
            return new OperationDefinitionNode(OperationType.Query, null, null, null, ParseSelectionSet(), null, location);
        }

        var start = Location();
        var descriptionLocation = _lexer.Location;
        var description = ParseDescription();
        if (_lexer.Kind == TokenKind.Name)
        {
            switch (_lexer.Span)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition(description, start);
                case "fragment":
                    return ParseFragmentDefinition(description, start);
                case "schema":
                    return ParseSchemaDefinition(description, start);
                case "scalar":
                    return ParseScalarTypeDefinition(description, start);
                case "type":
                    return ParseObjectTypeDefinition(description, start);
                case "interface":
                    return ParseInterfaceTypeDefinition(description, start);
                case "union":
                    return ParseUnionTypeDefinition(description, start);
                case "enum":
                    return ParseEnumTypeDefinition(description, start);
                case "input":
                    return ParseInputObjectTypeDefinition(description, start);
                case "directive":
                    return ParseDirectiveDefinition(description, start);
                case "extend":
                    if (description is not null)
                    {
                        throw new GraphQLSyntaxException(
                            "Unexpected description, descriptions are not supported on type extensions.",
                            descriptionLocation);
                    }

                    return ParseTypeSystemExtension();
            }
        }

        if (description is not null)
        {
            throw new GraphQLSyntaxException(
                "Unexpected description, only GraphQL definitions support descriptions.",
                descriptionLocation);
        }

        throw Unexpected();
    }

    private StringValueNode? ParseDescription()
        => Peek(TokenKind.String) || Peek(TokenKind.BlockString) ? ParseStringLiteral() : null;

    private OperationDefinitionNode ParseOperationDefinition(StringValueNode? description, SourceLocation? location)
    {
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ExpectName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet(), description, location);
    }

    private OperationType ParseOperationType()
    {
        OperationType operation;
        if (PeekKeyword("query"))
        {
            operation = OperationType.Query;
        }
        else if (PeekKeyword("mutation"))
        {
            operation = OperationType.Mutation;
        }
        else if (PeekKeyword("subscription"))
        {
            operation = OperationType.Subscription;
        }
        else
        {
            throw Unexpected();
        }

        _lexer.Advance();
        return operation;
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }

        var start = _scratchCount;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenRight));

        return PopList<VariableDefinitionNode>(start);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var location = Location();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, location);
    }

    private VariableNode ParseVariable()
    {
        var location = Location();
        Expect(TokenKind.Dollar);
        return new VariableNode(ExpectName(), location);
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var location = Location();
        EnterNesting();
        Expect(TokenKind.BraceLeft);
        var start = _scratchCount;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceRight));

        LeaveNesting();
        return new SelectionSetNode(PopList<SelectionNode>(start), location);
    }

    private FieldNode ParseField()
    {
        var location = Location();
        var nameOrAlias = ExpectName();
        string? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ExpectName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, location);
    }

    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }

        var start = _scratchCount;
        do
        {
            var location = Location();
            var name = ExpectName();
            Expect(TokenKind.Colon);
            Push(new ArgumentNode(name, ParseValueLiteral(isConst), location));
        }
        while (!ExpectOptional(TokenKind.ParenRight));

        return PopList<ArgumentNode>(start);
    }

    private SelectionNode ParseFragment()
    {
        var location = Location();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ExpectName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false), location);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), location);
    }

    private FragmentDefinitionNode ParseFragmentDefinition(StringValueNode? description, SourceLocation? location)
    {
        ExpectKeyword("fragment");
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        var name = ExpectName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), description, location);
    }

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var start = _scratchCount;
        do
        {
            var location = Location();
            _lexer.Advance();
            var name = ExpectName();
            Push(new DirectiveNode(name, ParseArguments(isConst), location));
        }
        while (Peek(TokenKind.At));

        return PopList<DirectiveNode>(start);
    }
}
