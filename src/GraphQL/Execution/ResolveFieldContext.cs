using Platform.GraphQL.Execution.Loading;
using Platform.GraphQL.Execution.Planning;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>The executor's mutable <see cref="IResolveFieldContext"/>; reused for the next field once a resolver has finished.</summary>
internal sealed class ResolveFieldContext : IResolveFieldContext
{
    private readonly OperationContext _operation;
    private readonly ExecutionRun _run;
    private FieldPlan _field = null!;
    private Position _parent;

    public ResolveFieldContext(OperationContext operation, ExecutionRun run)
    {
        _operation = operation;
        _run = run;
    }

    public object? Source { get; private set; }

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    public string FieldName => _field.Definition.Name;

    public IReadOnlyList<object> Path => _parent.Field(_field.ResponseKey).ToPath().ToArray();

    public IServiceProvider RequestServices => _run.Services;

    public IDictionary<string, object?> Items => _operation.Items;

    public CancellationToken CancellationToken => _operation.CancellationToken;

    public Schema Schema => _operation.Schema;

    public ObjectType ParentType => _field.ParentType;

    public FieldDefinition FieldDefinition => _field.Definition;

    public string ResponseKey => _field.ResponseKey;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public OperationDefinitionNode Operation => _operation.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _operation.Variables;

    public DataLoaderRegistry Loaders => _run.Scheduler.Loaders;

    public void Init(FieldPlan field, object? source, Position parent, IReadOnlyDictionary<string, object?> arguments)
    {
        _field = field;
        Source = source;
        _parent = parent;
        Arguments = arguments;
    }
}
