using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Execution.Planning;

/// <summary>
/// Spec CollectFields (6.3.2): groups the fields of a selection set (through fragments, honouring
/// <c>@skip</c>/<c>@include</c>) by response key, in depth-first order of first appearance.
/// </summary>
internal sealed class FieldCollector
{
    private readonly OperationContext _operation;
    private readonly ObjectType _objectType;
    private readonly List<(string Key, List<FieldNode> Nodes)> _entries = [];
    private Dictionary<string, int>? _index;
    private HashSet<string>? _visitedFragments;

    public FieldCollector(OperationContext operation, ObjectType objectType)
    {
        _operation = operation;
        _objectType = objectType;
    }

    public int Count => _entries.Count;

    public (string Key, List<FieldNode> Nodes) this[int index] => _entries[index];

    public void Collect(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    Add(field);
                    break;
                case FragmentSpreadNode spread:
                    _visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!_visitedFragments.Add(spread.Name))
                    {
                        continue;
                    }

                    if (_operation.GetFragment(spread.Name) is { } fragment && DoesFragmentTypeApply(fragment.TypeCondition))
                    {
                        Collect(fragment.SelectionSet);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(inline.TypeCondition))
                    {
                        Collect(inline.SelectionSet);
                    }

                    break;
            }
        }
    }

    private void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        if (_index is not null)
        {
            if (_index.TryGetValue(key, out var at))
            {
                _entries[at].Nodes.Add(field);
                return;
            }
        }
        else
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
                {
                    _entries[i].Nodes.Add(field);
                    return;
                }
            }
        }

        _entries.Add((key, [field]));
        if (_index is not null)
        {
            _index[key] = _entries.Count - 1;
        }
        else if (_entries.Count > 8)
        {
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _entries.Count; i++)
            {
                _index[_entries[i].Key] = i;
            }
        }
    }

    private bool DoesFragmentTypeApply(NamedTypeNode typeCondition)
    {
        var fragmentType = _operation.Schema.GetType(typeCondition.Name);
        return fragmentType switch
        {
            ObjectType objectType => ReferenceEquals(objectType, _objectType),
            InterfaceType or UnionType => _operation.Schema.IsPossibleType(fragmentType, _objectType),
            _ => false,
        };
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == "skip" && IfArgument(directive))
            {
                return false;
            }

            if (directive.Name == "include" && !IfArgument(directive))
            {
                return false;
            }
        }

        return true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => _operation.Variables.TryGetValue(variable.Name, out var value) && value is true,
                    _ => ValueLiterals.CoerceLiteral(argument.Value, BuiltInScalars.Boolean, _operation.Variables) is true,
                };
            }
        }

        return false;
    }
}
