using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>
/// Structural equality of syntax trees, ignoring locations and whether a string was written as a block string
/// (both spell the same value). Used for comparing argument values and for printer round-trip checks.
/// </summary>
public static class SyntaxComparer
{
    /// <summary>True when both trees have the same shape and content; two nulls are equal.</summary>
    public static bool AreEqual(SyntaxNode? left, SyntaxNode? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Kind != right.Kind)
        {
            return false;
        }

        return (left, right) switch
        {
            (DocumentNode a, DocumentNode b) => AreEqual(a.Definitions, b.Definitions),
            (OperationDefinitionNode a, OperationDefinitionNode b) =>
                a.Operation == b.Operation && a.Name == b.Name && AreEqual(a.Description, b.Description)
                && AreEqual(a.VariableDefinitions, b.VariableDefinitions) && AreEqual(a.Directives, b.Directives)
                && AreEqual(a.SelectionSet, b.SelectionSet),
            (FragmentDefinitionNode a, FragmentDefinitionNode b) =>
                a.Name == b.Name && AreEqual(a.Description, b.Description) && AreEqual(a.TypeCondition, b.TypeCondition)
                && AreEqual(a.Directives, b.Directives) && AreEqual(a.SelectionSet, b.SelectionSet),
            (VariableDefinitionNode a, VariableDefinitionNode b) =>
                AreEqual(a.Variable, b.Variable) && AreEqual(a.Type, b.Type) && AreEqual(a.DefaultValue, b.DefaultValue)
                && AreEqual(a.Directives, b.Directives) && AreEqual(a.Description, b.Description),
            (SelectionSetNode a, SelectionSetNode b) => AreEqual(a.Selections, b.Selections),
            (FieldNode a, FieldNode b) =>
                a.Alias == b.Alias && a.Name == b.Name && AreEqual(a.Arguments, b.Arguments)
                && AreEqual(a.Directives, b.Directives) && AreEqual(a.SelectionSet, b.SelectionSet),
            (FragmentSpreadNode a, FragmentSpreadNode b) => a.Name == b.Name && AreEqual(a.Directives, b.Directives),
            (InlineFragmentNode a, InlineFragmentNode b) =>
                AreEqual(a.TypeCondition, b.TypeCondition) && AreEqual(a.Directives, b.Directives)
                && AreEqual(a.SelectionSet, b.SelectionSet),
            (ArgumentNode a, ArgumentNode b) => a.Name == b.Name && AreEqual(a.Value, b.Value),
            (DirectiveNode a, DirectiveNode b) => a.Name == b.Name && AreEqual(a.Arguments, b.Arguments),
            (VariableNode a, VariableNode b) => a.Name == b.Name,
            (IntValueNode a, IntValueNode b) => a.Value == b.Value,
            (FloatValueNode a, FloatValueNode b) => a.Value == b.Value,
            (StringValueNode a, StringValueNode b) => a.Value == b.Value,
            (BooleanValueNode a, BooleanValueNode b) => a.Value == b.Value,
            (NullValueNode, NullValueNode) => true,
            (EnumValueNode a, EnumValueNode b) => a.Value == b.Value,
            (ListValueNode a, ListValueNode b) => AreEqual(a.Values, b.Values),
            (ObjectValueNode a, ObjectValueNode b) => AreEqual(a.Fields, b.Fields),
            (ObjectFieldNode a, ObjectFieldNode b) => a.Name == b.Name && AreEqual(a.Value, b.Value),
            (NamedTypeNode a, NamedTypeNode b) => a.Name == b.Name,
            (ListTypeNode a, ListTypeNode b) => AreEqual(a.Type, b.Type),
            (NonNullTypeNode a, NonNullTypeNode b) => AreEqual(a.Type, b.Type),
            _ => AreEqualTypeSystem(left, right),
        };
    }

    private static bool AreEqualTypeSystem(SyntaxNode left, SyntaxNode right) => (left, right) switch
    {
        (SchemaDefinitionNode a, SchemaDefinitionNode b) =>
            AreEqual(a.Description, b.Description) && AreEqual(a.Directives, b.Directives)
            && AreEqual(a.OperationTypes, b.OperationTypes),
        (SchemaExtensionNode a, SchemaExtensionNode b) =>
            AreEqual(a.Directives, b.Directives) && AreEqual(a.OperationTypes, b.OperationTypes),
        (OperationTypeDefinitionNode a, OperationTypeDefinitionNode b) => a.Operation == b.Operation && AreEqual(a.Type, b.Type),
        (ScalarTypeDefinitionNode a, ScalarTypeDefinitionNode b) => SameTypeHeader(a, b),
        (ObjectTypeDefinitionNode a, ObjectTypeDefinitionNode b) =>
            SameTypeHeader(a, b) && AreEqual(a.Interfaces, b.Interfaces) && AreEqual(a.Fields, b.Fields),
        (InterfaceTypeDefinitionNode a, InterfaceTypeDefinitionNode b) =>
            SameTypeHeader(a, b) && AreEqual(a.Interfaces, b.Interfaces) && AreEqual(a.Fields, b.Fields),
        (UnionTypeDefinitionNode a, UnionTypeDefinitionNode b) => SameTypeHeader(a, b) && AreEqual(a.Types, b.Types),
        (EnumTypeDefinitionNode a, EnumTypeDefinitionNode b) => SameTypeHeader(a, b) && AreEqual(a.Values, b.Values),
        (InputObjectTypeDefinitionNode a, InputObjectTypeDefinitionNode b) => SameTypeHeader(a, b) && AreEqual(a.Fields, b.Fields),
        (FieldDefinitionNode a, FieldDefinitionNode b) =>
            a.Name == b.Name && AreEqual(a.Description, b.Description) && AreEqual(a.Arguments, b.Arguments)
            && AreEqual(a.Type, b.Type) && AreEqual(a.Directives, b.Directives),
        (InputValueDefinitionNode a, InputValueDefinitionNode b) =>
            a.Name == b.Name && AreEqual(a.Description, b.Description) && AreEqual(a.Type, b.Type)
            && AreEqual(a.DefaultValue, b.DefaultValue) && AreEqual(a.Directives, b.Directives),
        (EnumValueDefinitionNode a, EnumValueDefinitionNode b) =>
            a.Name == b.Name && AreEqual(a.Description, b.Description) && AreEqual(a.Directives, b.Directives),
        (DirectiveDefinitionNode a, DirectiveDefinitionNode b) =>
            a.Name == b.Name && a.Repeatable == b.Repeatable && AreEqual(a.Description, b.Description)
            && AreEqual(a.Arguments, b.Arguments) && a.Locations.SequenceEqual(b.Locations),
        (ScalarTypeExtensionNode a, ScalarTypeExtensionNode b) => SameExtensionHeader(a, b),
        (ObjectTypeExtensionNode a, ObjectTypeExtensionNode b) =>
            SameExtensionHeader(a, b) && AreEqual(a.Interfaces, b.Interfaces) && AreEqual(a.Fields, b.Fields),
        (InterfaceTypeExtensionNode a, InterfaceTypeExtensionNode b) =>
            SameExtensionHeader(a, b) && AreEqual(a.Interfaces, b.Interfaces) && AreEqual(a.Fields, b.Fields),
        (UnionTypeExtensionNode a, UnionTypeExtensionNode b) => SameExtensionHeader(a, b) && AreEqual(a.Types, b.Types),
        (EnumTypeExtensionNode a, EnumTypeExtensionNode b) => SameExtensionHeader(a, b) && AreEqual(a.Values, b.Values),
        (InputObjectTypeExtensionNode a, InputObjectTypeExtensionNode b) => SameExtensionHeader(a, b) && AreEqual(a.Fields, b.Fields),
        _ => false,
    };

    private static bool SameTypeHeader(TypeDefinitionNode a, TypeDefinitionNode b)
        => a.Name == b.Name && AreEqual(a.Description, b.Description) && AreEqual(a.Directives, b.Directives);

    private static bool SameExtensionHeader(TypeExtensionNode a, TypeExtensionNode b)
        => a.Name == b.Name && AreEqual(a.Directives, b.Directives);

    private static bool AreEqual<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        where T : SyntaxNode
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!AreEqual(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
