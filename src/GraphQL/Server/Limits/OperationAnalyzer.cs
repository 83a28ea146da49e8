using System.Text.Json;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Server.Limits;

/// <summary>
/// Measures an operation of a validated document: depth, aliases, directives per location and cost. Every field costs
/// 1 times the product of the sizes of the list fields above it; a list field's size is its <c>first</c>/<c>last</c>
/// argument, else its declared <c>listSize</c> (field metadata or <c>@listSize(size:)</c>), else the default.
/// Fragments are measured once each (their cost scales linearly), so fragment fan-out cannot make the walk exponential.
/// Runs on the server rather than as a validation rule because cost depends on variable values and the errors carry their own codes.
/// </summary>
public sealed class OperationAnalyzer
{
    private readonly Schema _schema;
    private readonly DocumentNode _document;
    private readonly JsonElement? _variables;
    private readonly int _defaultListSize;
    private readonly Dictionary<string, Summary> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private int _mostDirectives;
    private bool _introspection;

    private OperationAnalyzer(Schema schema, DocumentNode document, JsonElement? variables, int defaultListSize)
    {
        _schema = schema;
        _document = document;
        _variables = variables;
        _defaultListSize = defaultListSize;
    }

    /// <summary>Measures <paramref name="operation"/>.</summary>
    public static OperationAnalysis Analyze(Schema schema, DocumentNode document, OperationDefinitionNode operation, JsonElement? variables, int defaultListSize)
    {
        var analyzer = new OperationAnalyzer(schema, document, variables, defaultListSize);
        analyzer.NoteDirectives(operation.Directives);
        var root = schema.GetRootType(operation.Operation);
        var summary = root is null ? default : analyzer.Measure(operation.SelectionSet, root);
        return new OperationAnalysis(summary.Depth, summary.Aliases, analyzer._mostDirectives, summary.Cost, analyzer._introspection);
    }

    private Summary Measure(SelectionSetNode set, NamedType parent)
    {
        var total = default(Summary);
        foreach (var selection in set.Selections)
        {
            NoteDirectives(selection.Directives);
            switch (selection)
            {
                case FieldNode field:
                    total = total.Merge(MeasureField(field, parent));
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name) ?? parent : parent;
                    total = total.Merge(Measure(inline.SelectionSet, inlineType));
                    break;
                case FragmentSpreadNode spread:
                    total = total.Merge(MeasureFragment(spread.Name));
                    break;
            }
        }

        return total;
    }

    private Summary MeasureField(FieldNode field, NamedType parent)
    {
        var aliases = field.Alias is null ? 0 : 1;
        if (field.Name is "__schema" or "__type")
        {
            _introspection = true;
            return new Summary(0, aliases, 0);
        }

        var definition = _schema.GetFieldDefinition(parent, field.Name);
        if (field.SelectionSet is null || definition is null)
        {
            return new Summary(1, aliases, 1);
        }

        var children = Measure(field.SelectionSet, definition.Type.GetNamedType());
        var multiplier = IsList(definition.Type) ? ListSize(field, definition) : 1;
        return new Summary(children.Depth + 1, children.Aliases + aliases, Saturating.Add(1, Saturating.Multiply(children.Cost, multiplier)));
    }

    private Summary MeasureFragment(string name)
    {
        if (_fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        // Validation rejects cycles; the guard only keeps a document validated elsewhere from looping.
        var fragment = _document.Definitions.OfType<FragmentDefinitionNode>().FirstOrDefault(f => f.Name == name);
        if (fragment is null || !_inProgress.Add(name))
        {
            return default;
        }

        NoteDirectives(fragment.Directives);
        var type = _schema.GetType(fragment.TypeCondition.Name);
        var summary = type is null ? default : Measure(fragment.SelectionSet, type);
        _inProgress.Remove(name);
        _fragments[name] = summary;
        return summary;
    }

    private long ListSize(FieldNode field, FieldDefinition definition)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name is "first" or "last" && IntValue(argument.Value) is { } size)
            {
                return Math.Max(0, size);
            }
        }

        if (definition.Metadata.TryGetValue(OperationLimits.ListSizeName, out var declared) && declared is int metadataSize)
        {
            return metadataSize;
        }

        return definition.FindDirective(OperationLimits.ListSizeName)?.GetArgument("size") is int directiveSize
            ? directiveSize
            : _defaultListSize;
    }

    private long? IntValue(ValueNode value) => value switch
    {
        IntValueNode literal when long.TryParse(literal.Value, out var number) => number,
        VariableNode variable when _variables is { } vars && vars.TryGetProperty(variable.Name, out var json)
            && json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out var number) => number,
        _ => null,
    };

    private static bool IsList(GraphType type) => type switch
    {
        NonNullType nonNull => IsList(nonNull.OfType),
        ListType => true,
        _ => false,
    };

    private void NoteDirectives(IReadOnlyList<DirectiveNode> directives) =>
        _mostDirectives = Math.Max(_mostDirectives, directives.Count);

    private readonly record struct Summary(int Depth, int Aliases, long Cost)
    {
        public Summary Merge(Summary other) =>
            new(Math.Max(Depth, other.Depth), Aliases + other.Aliases, Saturating.Add(Cost, other.Cost));
    }

    private static class Saturating
    {
        public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        public static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
    }
}
