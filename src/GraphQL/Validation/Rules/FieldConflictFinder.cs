using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// The comparison behind <see cref="FieldSelectionMerging"/>. Fields are gathered per response name once per selection
/// set (following inline fragments, listing named fragments separately); named fragments are then compared with the
/// fields and with each other, and sub-selections of same-named fields recursively. Three memo tables keep the work
/// polynomial: gathered fields per selection set, fragment pairs already compared, and field pairs already compared.
/// Structurally identical fields in one set are gathered once, so a document repeating a field thousands of times costs
/// a linear scan, not a quadratic comparison.
/// </summary>
internal sealed class FieldConflictFinder
{
    /// <summary>
    /// Field pairs compared per document before giving up. Real documents (the introspection query included) need a
    /// few thousand; a hostile chain of thousands of fragments would need millions.
    /// </summary>
    public const int MaxComparisons = 100_000;

    private readonly ValidationContext _context;
    private int _comparisons;
    private readonly Schema _schema;
    private readonly Dictionary<SelectionSetNode, GatheredFields> _gathered = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly Dictionary<(FieldNode, FieldNode, bool), FieldConflict?> _comparedFields = [];

    public FieldConflictFinder(ValidationContext context)
    {
        _context = context;
        _schema = context.Schema;
    }

    /// <summary>True once the comparison budget is spent; the rule then reports the document as too complex, once.</summary>
    public bool IsExhausted { get; private set; }

    /// <summary>True when the exhaustion has been reported.</summary>
    public bool ExhaustionReported { get; set; }

    /// <summary>Spec FieldsInSetCanMerge for one selection set; null when there is no conflict.</summary>
    public List<FieldConflict>? FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        List<FieldConflict>? conflicts = null;
        var gathered = Gather(parentType, selectionSet);
        CollectConflictsWithin(ref conflicts, gathered);
        var fragmentNames = gathered.FragmentNames;
        if (fragmentNames is not null)
        {
            var comparedWithFields = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectBetweenFieldsAndFragment(ref conflicts, comparedWithFields, false, gathered, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectBetweenFragments(ref conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(ref List<FieldConflict>? conflicts, GatheredFields gathered)
    {
        foreach (var group in gathered.Groups)
        {
            var fields = group.Fields;
            for (var i = 0; i < fields.Count && !IsFull(conflicts); i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, group.ResponseName, fields[i], fields[j]) is { } conflict)
                    {
                        (conflicts ??= []).Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(ref List<FieldConflict>? conflicts, bool mutuallyExclusive, GatheredFields first, GatheredFields second)
    {
        foreach (var group in first.Groups)
        {
            if (second.Find(group.ResponseName) is not { } others)
            {
                continue;
            }

            foreach (var a in group.Fields)
            {
                if (IsFull(conflicts))
                {
                    return;
                }

                foreach (var b in others)
                {
                    if (FindConflict(mutuallyExclusive, group.ResponseName, a, b) is { } conflict)
                    {
                        (conflicts ??= []).Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectBetweenFieldsAndFragment(
        ref List<FieldConflict>? conflicts,
        HashSet<string> compared,
        bool mutuallyExclusive,
        GatheredFields fields,
        string fragmentName)
    {
        // Iterative so a long chain of fragments cannot exhaust the stack.
        var pending = new Stack<string>();
        pending.Push(fragmentName);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!compared.Add(name) || GatherFragment(name) is not { } fragmentFields || ReferenceEquals(fragmentFields, fields))
            {
                continue;
            }

            CollectConflictsBetween(ref conflicts, mutuallyExclusive, fields, fragmentFields);
            if (fragmentFields.FragmentNames is { } nested)
            {
                for (var i = nested.Count - 1; i >= 0; i--)
                {
                    pending.Push(nested[i]);
                }
            }
        }
    }

    private void CollectBetweenFragments(ref List<FieldConflict>? conflicts, bool mutuallyExclusive, string firstName, string secondName)
    {
        var pending = new Stack<(string, string)>();
        pending.Push((firstName, secondName));
        while (pending.Count > 0 && !IsFull(conflicts))
        {
            var (a, b) = pending.Pop();
            if (a == b || !MarkFragmentPair(a, b, mutuallyExclusive))
            {
                continue;
            }

            if (GatherFragment(a) is not { } first || GatherFragment(b) is not { } second)
            {
                continue;
            }

            CollectConflictsBetween(ref conflicts, mutuallyExclusive, first, second);
            if (second.FragmentNames is { } secondNested)
            {
                foreach (var nested in secondNested)
                {
                    pending.Push((a, nested));
                }
            }

            if (first.FragmentNames is { } firstNested)
            {
                foreach (var nested in firstNested)
                {
                    pending.Push((nested, b));
                }
            }
        }
    }

    // A hostile document can hold millions of conflicting pairs; beyond the error limit they would only be dropped.
    private bool IsFull(List<FieldConflict>? conflicts) =>
        _context.IsAborted || IsExhausted || (conflicts is not null && conflicts.Count >= _context.RemainingErrorCapacity);

    // Records that two fragments are compared; false when an equally strict comparison was already done.
    // A comparison that assumed the parents may coincide is stricter than one that assumed they cannot.
    private bool MarkFragmentPair(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (_comparedFragmentPairs.TryGetValue(key, out var wasExclusive))
        {
            if (!wasExclusive || mutuallyExclusive)
            {
                return false;
            }
        }

        _comparedFragmentPairs[key] = mutuallyExclusive;
        return true;
    }

    private List<FieldConflict>? FindConflictsBetweenSubSelections(
        bool mutuallyExclusive,
        NamedType? firstType,
        SelectionSetNode firstSet,
        NamedType? secondType,
        SelectionSetNode secondSet)
    {
        List<FieldConflict>? conflicts = null;
        var first = Gather(firstType, firstSet);
        var second = Gather(secondType, secondSet);
        CollectConflictsBetween(ref conflicts, mutuallyExclusive, first, second);
        if (second.FragmentNames is { } secondFragments)
        {
            var compared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in secondFragments)
            {
                CollectBetweenFieldsAndFragment(ref conflicts, compared, mutuallyExclusive, first, name);
            }
        }

        if (first.FragmentNames is { } firstFragments)
        {
            var compared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in firstFragments)
            {
                CollectBetweenFieldsAndFragment(ref conflicts, compared, mutuallyExclusive, second, name);
            }

            if (second.FragmentNames is { } secondNames)
            {
                foreach (var a in firstFragments)
                {
                    foreach (var b in secondNames)
                    {
                        CollectBetweenFragments(ref conflicts, mutuallyExclusive, a, b);
                    }
                }
            }
        }

        return conflicts;
    }

    private FieldConflict? FindConflict(bool parentsMutuallyExclusive, string responseName, GatheredField first, GatheredField second)
    {
        // Twins (same type, same text) merge with each other; whatever their sub-selections could conflict over is
        // found, and reported, where those sub-selections are checked on their own. Fragments repeated across a large
        // document thus cost a tree comparison instead of a full merge check.
        if (ReferenceEquals(first.ParentType, second.ParentType) && SyntaxComparer.AreEqual(first.Node, second.Node))
        {
            return null;
        }

        if (++_comparisons > MaxComparisons)
        {
            IsExhausted = true;
            return null;
        }

        var key = (first.Node, second.Node, parentsMutuallyExclusive);
        if (_comparedFields.TryGetValue(key, out var known))
        {
            return known;
        }

        // A cycle through fragments is reported by its own rule; the placeholder stops endless recursion meanwhile.
        _comparedFields[key] = null;
        var conflict = Compare(parentsMutuallyExclusive, responseName, first, second);
        _comparedFields[key] = conflict;
        return conflict;
    }

    private FieldConflict? Compare(bool parentsMutuallyExclusive, string responseName, GatheredField first, GatheredField second)
    {
        // Fields on two different object types can never be selected for the same object, so only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(first.ParentType, second.ParentType) && first.ParentType is ObjectType && second.ParentType is ObjectType);
        if (!mutuallyExclusive)
        {
            if (first.Node.Name != second.Node.Name)
            {
                return new FieldConflict(
                    responseName, $"\"{first.Node.Name}\" and \"{second.Node.Name}\" are different fields", first.Node, second.Node);
            }

            if (!SameArguments(first.Node.Arguments, second.Node.Arguments))
            {
                return new FieldConflict(responseName, "they have differing arguments", first.Node, second.Node);
            }
        }

        var firstType = first.Definition?.Type;
        var secondType = second.Definition?.Type;
        if (firstType is not null && secondType is not null && DoTypesConflict(firstType, secondType))
        {
            return new FieldConflict(
                responseName, $"they return conflicting types \"{firstType}\" and \"{secondType}\"", first.Node, second.Node);
        }

        if (first.Node.SelectionSet is { } firstSet && second.Node.SelectionSet is { } secondSet)
        {
            var subConflicts = FindConflictsBetweenSubSelections(
                mutuallyExclusive, firstType?.GetNamedType(), firstSet, secondType?.GetNamedType(), secondSet);
            if (subConflicts is not null)
            {
                return FieldConflict.FromSubConflicts(responseName, first.Node, second.Node, subConflicts);
            }
        }

        return null;
    }

    // Spec SameResponseShape for the types themselves; nested selections are compared by the caller.
    private static bool DoTypesConflict(GraphType first, GraphType second)
    {
        while (true)
        {
            if (first is ListType firstList)
            {
                if (second is not ListType secondList)
                {
                    return true;
                }

                first = firstList.OfType;
                second = secondList.OfType;
                continue;
            }

            if (second is ListType)
            {
                return true;
            }

            if (first is NonNullType firstNonNull)
            {
                if (second is not NonNullType secondNonNull)
                {
                    return true;
                }

                first = firstNonNull.OfType;
                second = secondNonNull.OfType;
                continue;
            }

            if (second is NonNullType)
            {
                return true;
            }

            if (first is NamedType { IsLeaf: true } || second is NamedType { IsLeaf: true })
            {
                return !ReferenceEquals(first, second);
            }

            return false;
        }
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> first, IReadOnlyList<ArgumentNode> second)
    {
        if (first.Count != second.Count)
        {
            return false;
        }

        var argumentList = first;
        for (var argumentIndex = 0; argumentIndex < argumentList.Count; argumentIndex++)
        {
            var argument = argumentList[argumentIndex];
            var match = false;
            var otherList = second;
            for (var otherIndex = 0; otherIndex < otherList.Count; otherIndex++)
            {
                var other = otherList[otherIndex];
                if (other.Name == argument.Name)
                {
                    match = SyntaxComparer.AreEqual(argument.Value, other.Value);
                    break;
                }
            }

            if (!match)
            {
                return false;
            }
        }

        return true;
    }

    private GatheredFields? GatherFragment(string name)
    {
        if (_context.GetFragment(name) is not { } fragment)
        {
            return null;
        }

        var type = _schema.GetType(fragment.TypeCondition.Name);
        return Gather(type, fragment.SelectionSet);
    }

    private GatheredFields Gather(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_gathered.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var gathered = new GatheredFields();
        GatherInto(gathered, parentType, selectionSet);
        _gathered[selectionSet] = gathered;
        return gathered;
    }

    private void GatherInto(GatheredFields gathered, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var selectionList = selectionSet.Selections;
        for (var selectionIndex = 0; selectionIndex < selectionList.Count; selectionIndex++)
        {
            var selection = selectionList[selectionIndex];
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is null ? null : _schema.GetFieldDefinition(parentType, field.Name);
                    gathered.Add(new GatheredField(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    gathered.AddFragmentName(spread.Name);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name) : parentType;
                    GatherInto(gathered, inlineType, inline.SelectionSet);
                    break;
            }
        }
    }
}

/// <summary>A field selection with the type it was selected on and its definition there (null when unknown).</summary>
internal sealed record GatheredField(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

/// <summary>The fields of a selection set grouped by response name, in order, plus the named fragments it spreads.</summary>
internal sealed class GatheredFields
{
    private const int IndexThreshold = 8;
    private Dictionary<string, FieldGroup>? _index;

    public List<FieldGroup> Groups { get; } = [];

    public List<string>? FragmentNames { get; private set; }

    public List<GatheredField>? Find(string responseName)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(responseName, out var indexed) ? indexed.Fields : null;
        }

        foreach (var group in Groups)
        {
            if (group.ResponseName == responseName)
            {
                return group.Fields;
            }
        }

        return null;
    }

    public void Add(GatheredField field)
    {
        var key = field.Node.ResponseKey;
        var fields = Find(key);
        if (fields is null)
        {
            var group = new FieldGroup(key);
            Groups.Add(group);
            if (_index is not null)
            {
                _index[key] = group;
            }
            else if (Groups.Count > IndexThreshold)
            {
                _index = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
                foreach (var existing in Groups)
                {
                    _index[existing.ResponseName] = existing;
                }
            }

            group.Fields.Add(field);
            return;
        }

        // A structurally identical repeat (same parent type) merges trivially with its twin and conflicts exactly where
        // the twin does, so it is gathered once.
        foreach (var existing in fields)
        {
            if (ReferenceEquals(existing.ParentType, field.ParentType) && SyntaxComparer.AreEqual(existing.Node, field.Node))
            {
                return;
            }
        }

        fields.Add(field);
    }

    public void AddFragmentName(string name)
    {
        FragmentNames ??= [];
        if (!FragmentNames.Contains(name))
        {
            FragmentNames.Add(name);
        }
    }
}

/// <summary>The gathered fields sharing one response name.</summary>
internal sealed class FieldGroup(string responseName)
{
    public string ResponseName { get; } = responseName;

    public List<GatheredField> Fields { get; } = [];
}

/// <summary>Why two fields (or sets of fields) with one response name cannot be merged.</summary>
internal sealed class FieldConflict
{
    private FieldConflict(string responseName, string? reason, List<FieldConflict>? subConflicts, List<FieldNode> fields1, List<FieldNode> fields2)
    {
        ResponseName = responseName;
        Reason = reason;
        SubConflicts = subConflicts;
        Fields1 = fields1;
        Fields2 = fields2;
    }

    public FieldConflict(string responseName, string reason, FieldNode first, FieldNode second)
        : this(responseName, reason, null, [first], [second])
    {
    }

    public string ResponseName { get; }

    public string? Reason { get; }

    public List<FieldConflict>? SubConflicts { get; }

    public List<FieldNode> Fields1 { get; }

    public List<FieldNode> Fields2 { get; }

    public static FieldConflict FromSubConflicts(string responseName, FieldNode first, FieldNode second, List<FieldConflict> subConflicts)
    {
        var fields1 = new List<FieldNode> { first };
        var fields2 = new List<FieldNode> { second };
        foreach (var sub in subConflicts)
        {
            fields1.AddRange(sub.Fields1);
            fields2.AddRange(sub.Fields2);
        }

        return new FieldConflict(responseName, null, subConflicts, fields1, fields2);
    }

    public string DescribeReason()
    {
        if (Reason is not null)
        {
            return Reason;
        }

        var text = new StringBuilder();
        for (var i = 0; i < SubConflicts!.Count; i++)
        {
            if (i > 0)
            {
                text.Append(" and ");
            }

            var sub = SubConflicts[i];
            text.Append("subfields \"").Append(sub.ResponseName).Append("\" conflict because ").Append(sub.DescribeReason());
        }

        return text.ToString();
    }
}
