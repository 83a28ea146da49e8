using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's declared type fits every position it is used in
/// (IsVariableUsageAllowed), allowing a nullable variable in a non-null position only when the variable or the
/// position has a default, and never for a field of a OneOf input object.
/// </summary>
public sealed class AllVariableUsagesAreAllowed : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var operationList = context.Operations;
        for (var operationIndex = 0; operationIndex < operationList.Count; operationIndex++)
        {
            var operation = operationList[operationIndex];
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var usageList = context.GetRecursiveVariableUsages(operation);
            for (var usageIndex = 0; usageIndex < usageList.Count; usageIndex++)
            {
                var usage = usageList[usageIndex];
                if (usage.LocationType is not { } locationType
                    || Find(operation.VariableDefinitions, usage.Node.Name) is not { } definition
                    || TypeReferences.TypeFromAst(context.Schema, definition.Type) is not { IsInputType: true } variableType)
                {
                    continue;
                }

                if (IsAllowed(variableType, definition, usage, locationType))
                {
                    continue;
                }

                var message = usage.OneOfParent is { } oneOf && locationType is not NonNullType
                    ? $"Variable \"${usage.Node.Name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\"."
                    : $"Variable \"${usage.Node.Name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".";
                context.ReportError(message, definition, usage.Node);
            }
        }
    }

    // Spec IsVariableUsageAllowed.
    private static bool IsAllowed(GraphType variableType, VariableDefinitionNode definition, VariableUsage usage, GraphType locationType)
    {
        var nonNullPosition = locationType is NonNullType || usage.OneOfParent is not null;
        if (nonNullPosition && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = definition.DefaultValue is { } value && value is not NullValueNode;
            if (!hasNonNullVariableDefault && !usage.HasLocationDefault)
            {
                return false;
            }

            return AreTypesCompatible(variableType, locationType.Nullable);
        }

        return AreTypesCompatible(variableType, locationType);
    }

    // Spec AreTypesCompatible.
    private static bool AreTypesCompatible(GraphType variableType, GraphType locationType)
    {
        while (true)
        {
            if (locationType is NonNullType locationNonNull)
            {
                if (variableType is not NonNullType variableNonNull)
                {
                    return false;
                }

                variableType = variableNonNull.OfType;
                locationType = locationNonNull.OfType;
                continue;
            }

            if (variableType is NonNullType nonNull)
            {
                variableType = nonNull.OfType;
                continue;
            }

            if (locationType is ListType locationList)
            {
                if (variableType is not ListType variableList)
                {
                    return false;
                }

                variableType = variableList.OfType;
                locationType = locationList.OfType;
                continue;
            }

            return variableType is not ListType && ReferenceEquals(variableType, locationType);
        }
    }

    private static VariableDefinitionNode? Find(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name == name)
            {
                return definitions[i];
            }
        }

        return null;
    }
}
