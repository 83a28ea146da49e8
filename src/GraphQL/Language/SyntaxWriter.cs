using System.Globalization;
using System.Text;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Accumulates the canonical text of syntax nodes for <see cref="Printer"/>, tracking indentation.</summary>
internal sealed partial class SyntaxWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public override string ToString() => _text.ToString();

    public void Write(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                for (var i = 0; i < document.Definitions.Count; i++)
                {
                    if (i > 0)
                    {
                        _text.Append("\n\n");
                    }

                    Write(document.Definitions[i]);
                }

                break;
            case OperationDefinitionNode operation:
                WriteOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WriteDescription(fragment.Description);
                _text.Append("fragment ").Append(fragment.Name).Append(" on ").Append(fragment.TypeCondition.Name);
                WriteDirectives(fragment.Directives);
                _text.Append(' ');
                Write(fragment.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                WriteVariableDefinition(variable);
                break;
            case SelectionSetNode selectionSet:
                WriteBlock(selectionSet.Selections);
                break;
            case FieldNode field:
                if (field.Alias is not null)
                {
                    _text.Append(field.Alias).Append(": ");
                }

                _text.Append(field.Name);
                WriteArguments(field.Arguments);
                WriteDirectives(field.Directives);
                if (field.SelectionSet is not null)
                {
                    _text.Append(' ');
                    Write(field.SelectionSet);
                }

                break;
            case FragmentSpreadNode spread:
                _text.Append("...").Append(spread.Name);
                WriteDirectives(spread.Directives);
                break;
            case InlineFragmentNode inline:
                _text.Append("...");
                if (inline.TypeCondition is not null)
                {
                    _text.Append(" on ").Append(inline.TypeCondition.Name);
                }

                WriteDirectives(inline.Directives);
                _text.Append(' ');
                Write(inline.SelectionSet);
                break;
            case ArgumentNode argument:
                _text.Append(argument.Name).Append(": ");
                Write(argument.Value);
                break;
            case DirectiveNode directive:
                _text.Append('@').Append(directive.Name);
                WriteArguments(directive.Arguments);
                break;
            case ValueNode value:
                WriteValue(value);
                break;
            case ObjectFieldNode objectField:
                _text.Append(objectField.Name).Append(": ");
                Write(objectField.Value);
                break;
            case TypeNode type:
                WriteType(type);
                break;
            default:
                WriteTypeSystem(node);
                break;
        }
    }

    private void WriteOperation(OperationDefinitionNode operation)
    {
        var isShorthand = operation.Operation == OperationType.Query && operation.Name is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0 && operation.Description is null;
        if (!isShorthand)
        {
            WriteDescription(operation.Description);
            _text.Append(operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            });
            if (operation.Name is not null)
            {
                _text.Append(' ').Append(operation.Name);
            }
            else if (operation.VariableDefinitions.Count > 0)
            {
                _text.Append(' ');
            }

            WriteParenthesized(operation.VariableDefinitions, HasDescriptions(operation.VariableDefinitions));
            WriteDirectives(operation.Directives);
            _text.Append(' ');
        }

        Write(operation.SelectionSet);
    }

    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        WriteDescription(variable.Description);
        _text.Append('$').Append(variable.Variable.Name).Append(": ");
        WriteType(variable.Type);
        if (variable.DefaultValue is not null)
        {
            _text.Append(" = ");
            WriteValue(variable.DefaultValue);
        }

        WriteDirectives(variable.Directives);
    }

    private static bool HasDescriptions(IReadOnlyList<VariableDefinitionNode> variables)
    {
        foreach (var variable in variables)
        {
            if (variable.Description is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDescriptions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Description is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes <c>(a, b)</c>; items carrying descriptions go one per line so the descriptions stay readable.</summary>
    private void WriteParenthesized<T>(IReadOnlyList<T> items, bool multiLine)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        _text.Append('(');
        if (multiLine)
        {
            _indent++;
            foreach (var item in items)
            {
                NewLine();
                Write(item);
            }

            _indent--;
            NewLine();
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append(", ");
                }

                Write(items[i]);
            }
        }

        _text.Append(')');
    }

    private void WriteArguments(IReadOnlyList<ArgumentNode> arguments) => WriteParenthesized(arguments, multiLine: false);

    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _text.Append(' ');
            Write(directive);
        }
    }

    /// <summary>Writes <c>{</c>, each item on its own indented line, then <c>}</c>.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        _text.Append('{');
        if (items.Count == 0)
        {
            _text.Append('}');
            return;
        }

        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _text.Append('}');
    }

    private void NewLine() => _text.Append('\n').Append(' ', _indent * 2);

    private void WriteDescription(StringValueNode? description)
    {
        if (description is null)
        {
            return;
        }

        WriteValue(description);
        NewLine();
    }

    private void WriteValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                _text.Append('$').Append(variable.Name);
                break;
            case IntValueNode intValue:
                _text.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                _text.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                WriteString(stringValue);
                break;
            case BooleanValueNode booleanValue:
                _text.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                _text.Append("null");
                break;
            case EnumValueNode enumValue:
                _text.Append(enumValue.Value);
                break;
            case ListValueNode list:
                _text.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        _text.Append(", ");
                    }

                    WriteValue(list.Values[i]);
                }

                _text.Append(']');
                break;
            case ObjectValueNode obj:
                _text.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        _text.Append(", ");
                    }

                    Write(obj.Fields[i]);
                }

                _text.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value));
        }
    }

    private void WriteString(StringValueNode node)
    {
        var block = node.Block ? BlockStrings.TryPrint(node.Value) : null;
        if (block is null)
        {
            WriteQuotedString(node.Value);
            return;
        }

        // Indent every line after the first (blank lines stay empty): the common indentation this adds is removed again
        // by the block string algorithm, so the value is unchanged.
        for (var i = 0; i < block.Length; i++)
        {
            var c = block[i];
            _text.Append(c);
            if (c == '\n' && i + 1 < block.Length && block[i + 1] != '\n')
            {
                _text.Append(' ', _indent * 2);
            }
        }
    }

    public void WriteQuotedString(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\b': _text.Append("\\b"); break;
                case '\f': _text.Append("\\f"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        _text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }

    private void WriteType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                _text.Append(named.Name);
                break;
            case ListTypeNode list:
                _text.Append('[');
                WriteType(list.Type);
                _text.Append(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(nonNull.Type);
                _text.Append('!');
                break;
        }
    }
}
