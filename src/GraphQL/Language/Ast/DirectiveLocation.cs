namespace Platform.GraphQL.Language.Ast;

/// <summary>Where a directive may appear (spec 3.13); names map to the SCREAMING_CASE tokens of the grammar.</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system locations
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
