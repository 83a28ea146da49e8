using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <content>Type system definitions and extensions.</content>
internal sealed partial class SyntaxWriter
{
    private void WriteTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                _text.Append("schema");
                WriteDirectives(schema.Directives);
                _text.Append(' ');
                WriteBlock(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                _text.Append("extend schema");
                WriteDirectives(schema.Directives);
                if (schema.OperationTypes.Count > 0)
                {
                    _text.Append(' ');
                    WriteBlock(schema.OperationTypes);
                }

                break;
            case OperationTypeDefinitionNode operationType:
                _text.Append(operationType.Operation switch
                {
                    OperationType.Mutation => "mutation",
                    OperationType.Subscription => "subscription",
                    _ => "query",
                });
                _text.Append(": ").Append(operationType.Type.Name);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteHeader(scalar.Description, "scalar ", scalar.Name);
                WriteDirectives(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteHeader(null, "extend scalar ", scalar.Name);
                WriteDirectives(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                WriteHeader(type.Description, "type ", type.Name);
                WriteFieldsContainer(type.Interfaces, type.Directives, type.Fields);
                break;
            case ObjectTypeExtensionNode type:
                WriteHeader(null, "extend type ", type.Name);
                WriteFieldsContainer(type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                WriteHeader(type.Description, "interface ", type.Name);
                WriteFieldsContainer(type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeExtensionNode type:
                WriteHeader(null, "extend interface ", type.Name);
                WriteFieldsContainer(type.Interfaces, type.Directives, type.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteHeader(union.Description, "union ", union.Name);
                WriteUnionBody(union.Directives, union.Types);
                break;
            case UnionTypeExtensionNode union:
                WriteHeader(null, "extend union ", union.Name);
                WriteUnionBody(union.Directives, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteHeader(enumType.Description, "enum ", enumType.Name);
                WriteDirectives(enumType.Directives);
                WriteOptionalBlock(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                WriteHeader(null, "extend enum ", enumType.Name);
                WriteDirectives(enumType.Directives);
                WriteOptionalBlock(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteHeader(input.Description, "input ", input.Name);
                WriteDirectives(input.Directives);
                WriteOptionalBlock(input.Fields);
                break;
            case InputObjectTypeExtensionNode input:
                WriteHeader(null, "extend input ", input.Name);
                WriteDirectives(input.Directives);
                WriteOptionalBlock(input.Fields);
                break;
            case FieldDefinitionNode field:
                WriteDescription(field.Description);
                _text.Append(field.Name);
                WriteParenthesized(field.Arguments, HasDescriptions(field.Arguments));
                _text.Append(": ");
                WriteType(field.Type);
                WriteDirectives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                WriteDescription(inputValue.Description);
                _text.Append(inputValue.Name).Append(": ");
                WriteType(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    _text.Append(" = ");
                    WriteValue(inputValue.DefaultValue);
                }

                WriteDirectives(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                WriteDescription(enumValue.Description);
                _text.Append(enumValue.Name);
                WriteDirectives(enumValue.Directives);
                break;
            case DirectiveDefinitionNode directive:
                WriteDescription(directive.Description);
                _text.Append("directive @").Append(directive.Name);
                WriteParenthesized(directive.Arguments, HasDescriptions(directive.Arguments));
                if (directive.Repeatable)
                {
                    _text.Append(" repeatable");
                }

                _text.Append(" on ");
                for (var i = 0; i < directive.Locations.Count; i++)
                {
                    if (i > 0)
                    {
                        _text.Append(" | ");
                    }

                    _text.Append(directive.Locations[i].ToName());
                }

                break;
            default:
                throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
        }
    }

    private void WriteHeader(StringValueNode? description, string keyword, string name)
    {
        WriteDescription(description);
        _text.Append(keyword).Append(name);
    }

    private void WriteFieldsContainer(
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        for (var i = 0; i < interfaces.Count; i++)
        {
            _text.Append(i == 0 ? " implements " : " & ").Append(interfaces[i].Name);
        }

        WriteDirectives(directives);
        WriteOptionalBlock(fields);
    }

    private void WriteUnionBody(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        WriteDirectives(directives);
        for (var i = 0; i < types.Count; i++)
        {
            _text.Append(i == 0 ? " = " : " | ").Append(types[i].Name);
        }
    }

    private void WriteOptionalBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count > 0)
        {
            _text.Append(' ');
            WriteBlock(items);
        }
    }
}
