namespace Platform.GraphQL.Execution;

/// <summary>Produces the value of one field for one parent object; may complete synchronously.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);
