using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.4.1 Single Root Field: a subscription selects exactly one root field, not an introspection field, and
/// its root selections carry neither <c>@skip</c> nor <c>@include</c> (so the field is known without variables).
/// </summary>
public sealed class SubscriptionSingleRootField : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var subject = node.Name is { } name ? $"Subscription \"{name}\"" : "Anonymous Subscription";
        var fieldsByKey = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var keys = new List<string>();
        var conditional = new List<DirectiveNode>();
        Collect(context, subscriptionType, node.SelectionSet, fieldsByKey, keys, conditional, new HashSet<string>(StringComparer.Ordinal));

        if (conditional.Count > 0)
        {
            context.ReportError($"{subject} must not use @skip or @include on its root selections.", conditional);
        }

        if (keys.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (var i = 1; i < keys.Count; i++)
            {
                extra.AddRange(fieldsByKey[keys[i]]);
            }

            context.ReportError($"{subject} must select only one top level field.", extra);
        }

        foreach (var key in keys)
        {
            foreach (var field in fieldsByKey[key])
            {
                if (field.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError($"{subject} must not select an introspection top level field.", field);
                }
            }
        }
    }

    // Spec CollectSubscriptionFields: CollectFields without variables, so @skip/@include are collected as errors.
    private static void Collect(
        ValidationContext context,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fieldsByKey,
        List<string> keys,
        List<DirectiveNode> conditional,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name is "skip" or "include")
                {
                    conditional.Add(directive);
                }
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!fieldsByKey.TryGetValue(field.ResponseKey, out var fields))
                    {
                        fieldsByKey[field.ResponseKey] = fields = [];
                        keys.Add(field.ResponseKey);
                    }

                    fields.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragments.Add(spread.Name) || context.GetFragment(spread.Name) is not { } fragment
                        || !Applies(context.Schema, objectType, fragment.TypeCondition))
                    {
                        break;
                    }

                    Collect(context, objectType, fragment.SelectionSet, fieldsByKey, keys, conditional, visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !Applies(context.Schema, objectType, condition))
                    {
                        break;
                    }

                    Collect(context, objectType, inline.SelectionSet, fieldsByKey, keys, conditional, visitedFragments);
                    break;
            }
        }
    }

    // Spec DoesFragmentTypeApply.
    private static bool Applies(Schema schema, ObjectType objectType, NamedTypeNode condition) =>
        schema.GetType(condition.Name) switch
        {
            ObjectType type => ReferenceEquals(type, objectType),
            InterfaceType or UnionType => schema.IsPossibleType(schema.GetType(condition.Name)!, objectType),
            _ => false,
        };
}
