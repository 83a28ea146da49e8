using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Walks an executable document depth-first, keeping <see cref="TypeInfo"/> current, recording each definition's
/// spreads and variable usages, and calling the interested rules on entering and leaving each node.
/// Type system definitions are not walked: <c>ExecutableDefinitions</c> reports them.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly ValidationContext _context;
    private readonly RuleDispatch _rules;
    private readonly TypeInfo _typeInfo;
    private bool _inVariableDefinition;

    public DocumentWalker(ValidationContext context, RuleDispatch rules)
    {
        _context = context;
        _rules = rules;
        _typeInfo = context.TypeInfo;
    }

    public void Walk(DocumentNode document)
    {
        foreach (var rule in _rules.EnterDocument)
        {
            rule.EnterDocument(_context, document);
        }

        var definitionList = document.Definitions;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
            if (_context.IsAborted)
            {
                return;
            }

            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }

        _context.CurrentScope = null;
        _context.IsWalkComplete = true;
        foreach (var rule in _rules.LeaveDocument)
        {
            if (_context.IsAborted)
            {
                return;
            }

            rule.LeaveDocument(_context, document);
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _context.BeginScope(node);
        _typeInfo.EnterOperation(node);
        foreach (var rule in _rules.EnterOperationDefinition)
        {
            rule.EnterOperationDefinition(_context, node);
        }

        var variableList = node.VariableDefinitions;
        for (var variableIndex = 0; variableIndex < variableList.Count; variableIndex++)
        {
            var variable = variableList[variableIndex];
            WalkVariableDefinition(variable);
        }

        WalkDirectives(node.Directives, node.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        });
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in _rules.LeaveOperationDefinition)
        {
            rule.LeaveOperationDefinition(_context, node);
        }

        _typeInfo.LeaveTyped();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        foreach (var rule in _rules.EnterVariableDefinition)
        {
            rule.EnterVariableDefinition(_context, node);
        }

        // A default value is a constant: variables in it are not usages of the operation's variables.
        _inVariableDefinition = true;
        if (node.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        _inVariableDefinition = false;
        _typeInfo.LeaveVariableDefinition();
        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _context.BeginScope(node);
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in _rules.EnterFragmentDefinition)
        {
            rule.EnterFragmentDefinition(_context, node);
        }

        WalkDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in _rules.LeaveFragmentDefinition)
        {
            rule.LeaveFragmentDefinition(_context, node);
        }

        _typeInfo.LeaveTyped();
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var rule in _rules.EnterSelectionSet)
        {
            rule.EnterSelectionSet(_context, node);
        }

        var selections = node.Selections;
        for (var i = 0; i < selections.Count && !_context.IsAborted; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in _rules.EnterField)
        {
            rule.EnterField(_context, node);
        }

        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        foreach (var rule in _rules.LeaveField)
        {
            rule.LeaveField(_context, node);
        }

        _typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        _context.CurrentScope?.Spreads.Add(node);
        foreach (var rule in _rules.EnterFragmentSpread)
        {
            rule.EnterFragmentSpread(_context, node);
        }

        WalkDirectives(node.Directives, DirectiveLocation.FragmentSpread);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in _rules.EnterInlineFragment)
        {
            rule.EnterInlineFragment(_context, node);
        }

        WalkDirectives(node.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveTyped();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            _typeInfo.EnterDirective(directive);
            _context.DirectiveLocation = location;
            foreach (var rule in _rules.EnterDirective)
            {
                rule.EnterDirective(_context, directive);
            }

            WalkArguments(directive.Arguments);
            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            _typeInfo.EnterArgument(argument);
            foreach (var rule in _rules.EnterArgument)
            {
                rule.EnterArgument(_context, argument);
            }

            WalkValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(ValueNode node)
    {
        foreach (var rule in _rules.EnterValue)
        {
            rule.EnterValue(_context, node);
        }

        switch (node)
        {
            case VariableNode variable when !_inVariableDefinition:
                _context.CurrentScope?.Usages.Add(new VariableUsage(
                    variable,
                    _typeInfo.InputType,
                    _typeInfo.InputValueDefinition?.HasDefaultValue == true,
                    _typeInfo.InputValueDefinition is not null
                        && _typeInfo.ParentInputType?.GetNamedType() is InputObjectType { IsOneOf: true } oneOf
                        ? oneOf
                        : null));
                break;
            case ListValueNode list:
                _typeInfo.EnterListItems();
                var itemList = list.Values;
                for (var itemIndex = 0; itemIndex < itemList.Count; itemIndex++)
                {
                    var item = itemList[itemIndex];
                    WalkValue(item);
                }

                _typeInfo.LeaveListItems();
                break;
            case ObjectValueNode obj:
                var fieldList = obj.Fields;
                for (var fieldIndex = 0; fieldIndex < fieldList.Count; fieldIndex++)
                {
                    var field = fieldList[fieldIndex];
                    _typeInfo.EnterObjectField(field);
                    foreach (var rule in _rules.EnterObjectField)
                    {
                        rule.EnterObjectField(_context, field);
                    }

                    WalkValue(field.Value);
                    _typeInfo.LeaveObjectField();
                }

                break;
        }
    }
}
