using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>A variable used inside an operation or fragment, with what its position expects (spec IsVariableUsageAllowed).</summary>
public readonly struct VariableUsage
{
    /// <summary>Creates a usage record.</summary>
    public VariableUsage(VariableNode node, GraphType? locationType, bool hasLocationDefault, InputObjectType? oneOfParent)
    {
        Node = node;
        LocationType = locationType;
        HasLocationDefault = hasLocationDefault;
        OneOfParent = oneOfParent;
    }

    /// <summary>The <c>$name</c> node.</summary>
    public VariableNode Node { get; }

    /// <summary>The type expected where the variable is used, or null when the position is unknown.</summary>
    public GraphType? LocationType { get; }

    /// <summary>True when the argument or input field it is passed to declares a default value.</summary>
    public bool HasLocationDefault { get; }

    /// <summary>The OneOf input object when the variable is the value of one of its fields (a non-null position).</summary>
    public InputObjectType? OneOfParent { get; }
}
