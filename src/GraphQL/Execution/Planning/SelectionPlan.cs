using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution.Planning;

/// <summary>A collected fields map (spec 6.3.2) for one object type: response keys in order and their field plans.</summary>
internal sealed class SelectionPlan
{
    private SelectionPlan(string[] keys, FieldPlan[] fields)
    {
        Keys = new ResultKeys(keys);
        Fields = fields;
        foreach (var field in fields)
        {
            HasCompositeField |= !field.IsLeaf;
        }
    }

    /// <summary>Response keys in selection order (with their JSON encodings); shared by every result map built from this plan.</summary>
    public ResultKeys Keys { get; }

    public FieldPlan[] Fields { get; }

    /// <summary>Some field has a list or object type, so the object's own response path is needed as its parent.</summary>
    public bool HasCompositeField { get; }

    /// <summary>Spec CollectFields on a selection set.</summary>
    public static SelectionPlan Collect(OperationContext operation, ObjectType objectType, SelectionSetNode selectionSet)
    {
        var collected = new FieldCollector(operation, objectType);
        collected.Collect(selectionSet);
        return Build(operation, objectType, collected);
    }

    /// <summary>Spec CollectSubfields: merges the sub-selections of every node of a field set.</summary>
    public static SelectionPlan CollectSubfields(OperationContext operation, ObjectType objectType, FieldNode[] fields)
    {
        var collected = new FieldCollector(operation, objectType);
        foreach (var field in fields)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                collected.Collect(selectionSet);
            }
        }

        return Build(operation, objectType, collected);
    }

    private static SelectionPlan Build(OperationContext operation, ObjectType objectType, FieldCollector collected)
    {
        var keys = new List<string>(collected.Count);
        var plans = new List<FieldPlan>(collected.Count);
        for (var i = 0; i < collected.Count; i++)
        {
            var (key, nodes) = collected[i];
            var definition = operation.Schema.GetFieldDefinition(objectType, nodes[0].Name);
            if (definition is null)
            {
                // Spec ExecuteCollectedFields: a field not defined on the type contributes no entry.
                continue;
            }

            var isTypeName = ReferenceEquals(definition, operation.Schema.TypeNameMetaField);
            var resolver = isTypeName ? null : operation.Executor.ResolverFor(objectType, definition);
            keys.Add(key);
            plans.Add(new FieldPlan(key, nodes.ToArray(), objectType, definition, resolver));
        }

        return new SelectionPlan(keys.ToArray(), plans.ToArray());
    }
}
