using Platform.GraphQL.Execution.Planning;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Everything fixed for one operation with its variables: shared by the execution of a query or mutation and by
/// every event of a subscription, so field plans and coerced arguments are computed once.
/// </summary>
internal sealed class OperationContext
{
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private SelectionPlan? _rootPlan;
    private IDictionary<string, object?>? _items;

    public OperationContext(
        Executor executor,
        DocumentNode document,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionArgs args)
    {
        Executor = executor;
        Schema = executor.Schema;
        Document = document;
        Operation = operation;
        RootType = rootType;
        Variables = variables;
        RootValue = args.RootValue;
        Services = args.Services ?? EmptyServices.Instance;
        _items = args.Items;
        CancellationToken = args.CancellationToken;
    }

    public Executor Executor { get; }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    /// <summary>The host's per-request state; created on first use when the host gave none.</summary>
    public IDictionary<string, object?> Items => _items ??= new Dictionary<string, object?>();

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// The root collected fields. An operation without variables plans the same way every time, so its plan is
    /// shared by every request for the same (cached) document.
    /// </summary>
    public SelectionPlan RootPlan => _rootPlan ??= Operation.VariableDefinitions.Count == 0
        ? Executor.SharedRootPlan(this)
        : SelectionPlan.Collect(this, RootType, Operation.SelectionSet);

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
