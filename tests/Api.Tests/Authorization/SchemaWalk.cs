using System.Globalization;
using System.Text;
using Platform.Api.Confidentiality;
using Platform.Api.Schema;
using Platform.GraphQL.Types;
using GraphSchema = Platform.GraphQL.Types.Schema;

namespace Platform.Api.Tests.Authorization;

/// <summary>A field reached from a root of the schema, with the first path that reaches it.</summary>
public sealed record ReachedField(ObjectType Parent, FieldDefinition Field, string Path, bool Decided)
{
    /// <summary><c>Type.field</c>.</summary>
    public string Name => Parent.Name + "." + Field.Name;

    /// <summary>True when the field itself carries <c>@authorize</c> or <c>@pii</c>, or returns a type carrying <c>@authorize</c>.</summary>
    public bool Sensitive => Field.FindDirective(AuthorizeDirective.Name) is not null || PiiDirective.KindOf(Field) is not null
        || Field.Type.GetNamedType().FindDirective(AuthorizeDirective.Name) is not null;
}

/// <summary>
/// Walks everything a caller can reach: the fields of Query, Mutation and Subscription, the types they return, the
/// members of unions and interfaces, and every Node type directly through <c>node(id:)</c>. A field is decided when
/// an <c>@authorize</c> on the way to it (root field, a type or field on the path, the type it returns) restricts it;
/// Node types must decide for themselves, because <c>node(id:)</c> reaches them for any authenticated caller.
/// </summary>
public static class SchemaWalk
{
    /// <summary>Name of the Relay interface.</summary>
    public const string NodeInterface = "Node";

    /// <summary>Every reached field once (first path wins), in walk order.</summary>
    public static IReadOnlyList<ReachedField> Fields(GraphSchema schema)
    {
        var reached = new Dictionary<string, ReachedField>();
        var visited = new HashSet<(string, bool)>();
        var queue = new Queue<(ObjectType Type, bool Decided, string Path)>();
        foreach (var root in Roots(schema))
        {
            queue.Enqueue((root, false, root.Name));
        }

        // node(id:) makes every Node type a root of its own.
        foreach (var node in NodeTypes(schema))
        {
            queue.Enqueue((node, false, $"node(id:) as {node.Name}"));
        }

        while (queue.TryDequeue(out var item))
        {
            if (!visited.Add((item.Type.Name, item.Decided)))
            {
                continue;
            }

            var typeDecided = item.Decided || item.Type.FindDirective(AuthorizeDirective.Name) is not null;
            foreach (var field in item.Type.Fields)
            {
                var decided = typeDecided || AuthorizeDirective.Requirements(item.Type, field) is not null;
                var path = item.Path + "." + field.Name;
                var key = item.Type.Name + "." + field.Name;
                if (!reached.TryGetValue(key, out var known) || (known.Decided && !decided))
                {
                    reached[key] = new ReachedField(item.Type, field, path, decided);
                }

                foreach (var next in ObjectTypesOf(schema, field.Type.GetNamedType()))
                {
                    queue.Enqueue((next, decided, path));
                }
            }
        }

        return [.. reached.Values];
    }

    /// <summary>The object types a caller can reach at all.</summary>
    public static IReadOnlySet<string> ReachableTypes(GraphSchema schema) =>
        Fields(schema).Select(f => f.Parent.Name).Where(n => !IsRoot(schema, n)).ToHashSet();

    /// <summary>The object types reachable from Query and node(id:) (answered by queries).</summary>
    public static IReadOnlySet<string> QueryReachableTypes(GraphSchema schema) => ReachableFrom(schema, [schema.QueryType, .. NodeTypes(schema)]);

    /// <summary>The object types reachable from Subscription (delivered in events).</summary>
    public static IReadOnlySet<string> EventReachableTypes(GraphSchema schema) =>
        schema.SubscriptionType is { } subscription ? ReachableFrom(schema, [subscription]) : new HashSet<string>();

    private static HashSet<string> ReachableFrom(GraphSchema schema, IEnumerable<NamedType> starts)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<NamedType>(starts);
        while (queue.TryDequeue(out var type))
        {
            foreach (var objectType in ObjectTypesOf(schema, type))
            {
                if (!seen.Add(objectType.Name))
                {
                    continue;
                }

                foreach (var field in objectType.Fields)
                {
                    queue.Enqueue(field.Type.GetNamedType());
                }
            }
        }

        seen.RemoveWhere(name => IsRoot(schema, name));
        return seen;
    }

    /// <summary>The object types implementing Node.</summary>
    public static IReadOnlyList<ObjectType> NodeTypes(GraphSchema schema) =>
        [.. schema.Types.OfType<ObjectType>().Where(t => t.Interfaces.Any(i => i.Name == NodeInterface))];

    /// <summary>Query, Mutation and Subscription, where present.</summary>
    public static IEnumerable<ObjectType> Roots(GraphSchema schema) =>
        new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }.OfType<ObjectType>();

    /// <summary>True for the root operation types.</summary>
    public static bool IsRoot(GraphSchema schema, string typeName) => Roots(schema).Any(r => r.Name == typeName);

    /// <summary>The object types a value of this type can have (itself, or an abstract type's possible types).</summary>
    public static IEnumerable<ObjectType> ObjectTypesOf(GraphSchema schema, NamedType type) => type switch
    {
        ObjectType o => [o],
        InterfaceType or UnionType => schema.GetPossibleTypes(type),
        _ => [],
    };
}

/// <summary>One field of a generated query and what is selected below it, per concrete object type.</summary>
public sealed class Selection(ComplexType parent, FieldDefinition field, string key, string arguments)
{
    /// <summary>The type the field is selected on.</summary>
    public ComplexType Parent { get; } = parent;

    /// <summary>The selected field.</summary>
    public FieldDefinition Field { get; } = field;

    /// <summary>The response key (the field name, or an alias).</summary>
    public string Key { get; } = key;

    /// <summary>The argument list as written, e.g. <c>(first: 2)</c>, or empty.</summary>
    public string Arguments { get; } = arguments;

    /// <summary>For composite fields: the selections below, by concrete object type name.</summary>
    public Dictionary<string, List<Selection>> ByType { get; } = [];

    /// <summary>True for scalar and enum fields.</summary>
    public bool IsLeaf => Field.Type.GetNamedType().IsLeaf;

    /// <summary>The field as GraphQL text (every composite level also asks for <c>__typename</c>).</summary>
    public string Render()
    {
        var text = new StringBuilder();
        Render(text);
        return text.ToString();
    }

    private void Render(StringBuilder text)
    {
        text.Append(Key == Field.Name ? Key : Key + ": " + Field.Name).Append(Arguments);
        if (IsLeaf)
        {
            return;
        }

        var named = Field.Type.GetNamedType().Name;
        text.Append(" { __typename");
        foreach (var (typeName, children) in ByType)
        {
            var inline = typeName != named;
            if (inline)
            {
                text.Append(" ... on ").Append(typeName).Append(" {");
            }

            foreach (var child in children)
            {
                text.Append(' ');
                child.Render(text);
            }

            if (inline)
            {
                text.Append(" }");
            }
        }

        text.Append(" }");
    }
}

/// <summary>
/// Builds the widest query the API's limits admit below one root field: breadth first, every object type expanded
/// with all its fields where it is first met (shallowest), later meetings only <c>id</c>, and nothing that would push
/// the operation past the cost budget (the server's cost rule: each field 1, times the sizes of the lists above it).
/// </summary>
public sealed class SelectionBuilder(GraphSchema schema, ArgumentLiterals arguments)
{
    /// <summary>Cost kept below the server's limit (10,000).</summary>
    public const long Budget = 8_000;

    private const int MaxDepth = 9;
    private const long DefaultListSize = 10;

    /// <summary>Fields left out because an argument could not be written (a new scalar), as <c>Type.field</c>.</summary>
    public HashSet<string> Unfillable { get; } = [];

    /// <summary>
    /// The selection of <paramref name="field"/> on <paramref name="parent"/>; with <paramref name="only"/>, an
    /// abstract field is expanded just for that type, fully (a <c>node(id:)</c> of a known type).
    /// </summary>
    public Selection Build(ObjectType parent, FieldDefinition field, string key, string? argumentText = null, ObjectType? only = null)
    {
        var root = new Selection(parent, field, key, argumentText ?? arguments.For(field) ?? "");
        var expanded = new HashSet<string>();
        long cost = 1;
        var queue = new Queue<(Selection Node, long Multiplier, int Depth)>();
        queue.Enqueue((root, ListSize(root), 1));
        while (queue.TryDequeue(out var item))
        {
            if (item.Node.IsLeaf)
            {
                continue;
            }

            cost += item.Multiplier; // __typename
            var types = item.Node == root && only is not null ? [only] : SchemaWalk.ObjectTypesOf(schema, item.Node.Field.Type.GetNamedType()).ToList();
            foreach (var type in types)
            {
                var children = item.Node.ByType[type.Name] = [];
                var full = item.Depth < MaxDepth && cost + (item.Multiplier * (type.Fields.Count + 1)) <= Budget
                    && (item.Node == root || !expanded.Contains(type.Name));
                if (!full)
                {
                    if (type.GetField("id") is { } id && cost + item.Multiplier <= Budget)
                    {
                        children.Add(new Selection(type, id, "id", ""));
                        cost += item.Multiplier;
                    }

                    continue;
                }

                expanded.Add(type.Name);
                foreach (var field2 in type.Fields)
                {
                    if (arguments.For(field2) is not { } text)
                    {
                        Unfillable.Add(type.Name + "." + field2.Name);
                        continue;
                    }

                    var child = new Selection(type, field2, field2.Name, text);
                    var childMultiplier = item.Multiplier * ListSize(child);
                    if (!child.IsLeaf && cost + item.Multiplier + (childMultiplier * 2) > Budget)
                    {
                        continue;
                    }

                    children.Add(child);
                    cost += item.Multiplier;
                    if (!child.IsLeaf)
                    {
                        queue.Enqueue((child, childMultiplier, item.Depth + 1));
                    }
                }
            }
        }

        return root;
    }

    // Mirrors the server's rule: a list field costs its literal first/last (written by ArgumentLiterals), else the default size.
    private static long ListSize(Selection selection) =>
        !IsList(selection.Field.Type) ? 1
        : selection.Field.Arguments.Any(a => a.Name is "first" or "last") ? ArgumentLiterals.PageSize
        : DefaultListSize;

    private static bool IsList(GraphType type) => type switch
    {
        NonNullType nonNull => IsList(nonNull.OfType),
        ListType => true,
        _ => false,
    };
}

/// <summary>
/// Argument values for generated operations: every required argument (and required input field) gets a valid value
/// of its type, and list sizes (<c>first</c>/<c>last</c>) are set small so pages stay cheap.
/// </summary>
public sealed class ArgumentLiterals(Guid staffId, DateOnly today)
{
    /// <summary>Page size written for <c>first</c>/<c>last</c>.</summary>
    public const int PageSize = 2;

    /// <summary>The argument list of a field, <c>""</c> when it needs none, or null when a required value cannot be written.</summary>
    public string? For(FieldDefinition field)
    {
        var parts = new List<string>();
        var paged = false;
        foreach (var argument in field.Arguments)
        {
            if (argument.Name is "first" or "last" && !paged && argument.Type.GetNamedType().Name == "Int")
            {
                parts.Add($"{argument.Name}: {PageSize}");
                paged = true;
                continue;
            }

            if (argument.Type is not NonNullType || argument.HasDefaultValue)
            {
                continue;
            }

            if (Literal(argument.Type, argument.Name) is not { } value)
            {
                return null;
            }

            parts.Add($"{argument.Name}: {value}");
        }

        return parts.Count == 0 ? "" : "(" + string.Join(", ", parts) + ")";
    }

    /// <summary>A literal of the type; <paramref name="name"/> picks sensible values (a period's from/to, year, quarter).</summary>
    public string? Literal(GraphType type, string name) => type switch
    {
        NonNullType nonNull => Literal(nonNull.OfType, name),
        ListType list => Literal(list.OfType, name) is { } item ? "[" + item + "]" : null,
        EnumType enumType => enumType.Values[0].Name,
        InputObjectType input => InputLiteral(input),
        ScalarType scalar => ScalarLiteral(scalar.Name, name),
        _ => null,
    };

    private string? InputLiteral(InputObjectType input)
    {
        var fields = new List<string>();
        foreach (var field in input.Fields.Where(f => f.Type is NonNullType && !f.HasDefaultValue))
        {
            if (Literal(field.Type, field.Name) is not { } value)
            {
                return null;
            }

            fields.Add($"{field.Name}: {value}");
        }

        return "{ " + string.Join(", ", fields) + " }";
    }

    private string? ScalarLiteral(string scalar, string name) => scalar switch
    {
        "String" or "ID" => "\"matrix\"",
        "Int" => name switch
        {
            "year" => today.Year.ToString(CultureInfo.InvariantCulture),
            "quarter" => (((today.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
            _ => "1",
        },
        "Float" => "1.0",
        "Boolean" => "true",
        "Long" => "1",
        "Decimal" => "\"1\"",
        "UUID" => "\"" + staffId + "\"",
        "Date" => "\"" + (name == "to" ? today.AddDays(1) : name == "from" ? today.AddDays(-300) : today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"",
        "DateTime" => "\"" + today.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\"",
        _ => null,
    };
}
