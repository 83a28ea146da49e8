using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Everything rules share while one document is validated: the schema, the document's fragments, the type info of the
/// node being visited, the variable usages and fragment spreads of each definition, and the errors found so far.
/// Per-definition collections are filled during the walk and complete when <see cref="IValidationRule.LeaveDocument"/> runs.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<DefinitionScope> _scopePool = [];
    private List<GraphQLError>? _errors;
    private int _scopesInUse;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly Dictionary<ExecutableDefinitionNode, DefinitionScope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, object> _ruleState = [];
    private int _maxErrors;

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        TypeInfo = new TypeInfo(schema);
        Begin(schema, document, maxErrors);
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; private set; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; private set; }

    /// <summary>Prepares this (possibly reused) context for another document.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Schema), nameof(Document))]
    internal void Begin(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Clear();
        Document = document;
        TypeInfo.Reset(schema);
        _maxErrors = maxErrors;
        var definitionList = document.Definitions;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    _fragments.TryAdd(fragment.Name, fragment);
                    break;
            }
        }
    }

    /// <summary>Schema elements of the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The operations of the document in source order.</summary>
    public IReadOnlyList<OperationDefinitionNode> Operations => _operations;

    /// <summary>Where the directive being visited is applied.</summary>
    public DirectiveLocation DirectiveLocation { get; internal set; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => (IReadOnlyList<GraphQLError>?)_errors ?? [];

    /// <summary>True once the error limit is reached; the walk then stops.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>How many more errors fit under the limit (rules that gather many findings stop collecting beyond it).</summary>
    public int RemainingErrorCapacity => Math.Max(0, _maxErrors - (_errors?.Count ?? 0) + 1);

    /// <summary>True once every definition has been walked (from <see cref="IValidationRule.LeaveDocument"/> on).</summary>
    public bool IsWalkComplete { get; internal set; }

    /// <summary>The definition (operation or fragment) being walked.</summary>
    internal DefinitionScope? CurrentScope { get; set; }

    /// <summary>The fragment definition with this name (the first one when duplicated), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>Adds a validation error located at the given nodes (nodes without a location are skipped).</summary>
    public void ReportError(string message, SyntaxNode? node)
    {
        if (IsAborted)
        {
            return;
        }

        Add(message, node?.Location is { } location ? [location] : null);
    }

    /// <summary>Adds a validation error located at two nodes.</summary>
    public void ReportError(string message, SyntaxNode? first, SyntaxNode? second)
    {
        if (IsAborted)
        {
            return;
        }

        var locations = new List<SourceLocation>(2);
        AddLocation(locations, first);
        AddLocation(locations, second);
        Add(message, locations.Count == 0 ? null : locations);
    }

    /// <summary>Adds a validation error located at several nodes.</summary>
    public void ReportError(string message, IReadOnlyList<SyntaxNode> nodes)
    {
        if (IsAborted)
        {
            return;
        }

        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            AddLocation(locations, node);
        }

        Add(message, locations.Count == 0 ? null : locations);
    }

    /// <summary>The fragment spreads written inside a definition (at any depth, not following fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(ExecutableDefinitionNode definition) =>
        _scopes.TryGetValue(definition, out var scope) ? scope.Spreads : [];

    /// <summary>The variables used inside a definition (not following fragments).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) =>
        _scopes.TryGetValue(definition, out var scope) ? scope.Usages : [];

    /// <summary>Every fragment an operation spreads, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!_scopes.TryGetValue(operation, out var scope))
        {
            return [];
        }

        if (scope.ReferencedFragments is { } cached && IsWalkComplete)
        {
            return cached;
        }

        var result = new List<FragmentDefinitionNode>();
        HashSet<string>? seen = null;
        var pending = new Stack<ExecutableDefinitionNode>();
        pending.Push(operation);
        while (pending.Count > 0)
        {
            var spreadList = GetFragmentSpreads(pending.Pop());
            for (var spreadIndex = 0; spreadIndex < spreadList.Count; spreadIndex++)
            {
                var spread = spreadList[spreadIndex];
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (seen.Add(spread.Name) && GetFragment(spread.Name) is { } fragment)
                {
                    result.Add(fragment);
                    pending.Push(fragment);
                }
            }
        }

        if (IsWalkComplete)
        {
            scope.ReferencedFragments = result;
        }

        return result;
    }

    /// <summary>The variables used by an operation and every fragment it references transitively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var own = GetVariableUsages(operation);
        var fragments = GetRecursivelyReferencedFragments(operation);
        if (fragments.Count == 0)
        {
            return own;
        }

        // Three rules ask for the same operation's usages once the walk is done.
        if (IsWalkComplete && _scopes.TryGetValue(operation, out var scope) && scope.RecursiveUsages is { } cached)
        {
            return cached;
        }

        var all = new List<VariableUsage>(own);
        var fragmentList = fragments;
        for (var fragmentIndex = 0; fragmentIndex < fragmentList.Count; fragmentIndex++)
        {
            var fragment = fragmentList[fragmentIndex];
            all.AddRange(GetVariableUsages(fragment));
        }

        if (IsWalkComplete && _scopes.TryGetValue(operation, out var owner))
        {
            owner.RecursiveUsages = all;
        }

        return all;
    }

    /// <summary>Per-validation working state of a rule (e.g. memo tables), created on first use.</summary>
    public T GetRuleState<T>(Func<ValidationContext, T> create)
        where T : class
    {
        if (_ruleState.TryGetValue(typeof(T), out var state))
        {
            return (T)state;
        }

        var created = create(this);
        _ruleState[typeof(T)] = created;
        return created;
    }

    internal DefinitionScope BeginScope(ExecutableDefinitionNode definition)
    {
        // A repeated definition node (only possible for documents built in code) shares one scope.
        if (!_scopes.TryGetValue(definition, out var scope))
        {
            if (_scopesInUse == _scopePool.Count)
            {
                _scopePool.Add(new DefinitionScope());
            }

            scope = _scopePool[_scopesInUse++];
            _scopes.Add(definition, scope);
        }

        CurrentScope = scope;
        return scope;
    }

    /// <summary>Hands the errors out and forgets the document, so the context can be reused without holding on to it.</summary>
    internal IReadOnlyList<GraphQLError> Finish()
    {
        var errors = Errors;
        Clear();
        return errors;
    }

    // Also run before each document, in case a previous walk ended in an exception before Finish.
    private void Clear()
    {
        _errors = null;
        _fragments.Clear();
        _operations.Clear();
        _scopes.Clear();
        for (var i = 0; i < _scopesInUse; i++)
        {
            _scopePool[i].Clear();
        }

        _scopesInUse = 0;
        _ruleState.Clear();
        TypeInfo.Reset(Schema);
        CurrentScope = null;
        IsAborted = false;
        IsWalkComplete = false;
        Document = null!;
    }

    private static void AddLocation(List<SourceLocation> locations, SyntaxNode? node)
    {
        if (node?.Location is { } location)
        {
            locations.Add(location);
        }
    }

    private void Add(string message, IReadOnlyList<SourceLocation>? locations)
    {
        _errors ??= [];
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError(
                "Too many validation errors, error limit reached. Validation aborted.",
                code: DocumentValidator.ErrorCode));
            IsAborted = true;
            return;
        }

        _errors.Add(new GraphQLError(message, locations, code: DocumentValidator.ErrorCode));
    }
}

/// <summary>What the walk collected about one operation or fragment definition.</summary>
internal sealed class DefinitionScope
{
    public List<FragmentSpreadNode> Spreads { get; } = [];

    public List<VariableUsage> Usages { get; } = [];

    public List<FragmentDefinitionNode>? ReferencedFragments { get; set; }

    public List<VariableUsage>? RecursiveUsages { get; set; }

    public void Clear()
    {
        RecursiveUsages = null;
        Spreads.Clear();
        Usages.Clear();
        ReferencedFragments = null;
    }
}
