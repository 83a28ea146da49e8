using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13 and Appendix D), shared by all schemas.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static readonly DirectiveDefinition Include = new(
        "include", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Included when true." }],
    };

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static readonly DirectiveDefinition Skip = new(
        "skip", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Skipped when true." }],
    };

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c>.</summary>
    public static readonly DirectiveDefinition Deprecated = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new InputValueDefinition("reason", new NonNullType(BuiltInScalars.String))
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValueSyntax = new StringValueNode(DefaultDeprecationReason),
                DefaultValue = DefaultDeprecationReason,
            },
        ],
    };

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static readonly DirectiveDefinition SpecifiedBy = new("specifiedBy", [DirectiveLocation.Scalar])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    /// <summary><c>@oneOf</c>.</summary>
    public static readonly DirectiveDefinition OneOf = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>All five, in introspection order.</summary>
    public static readonly IReadOnlyList<DirectiveDefinition> All = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>The specified directive with this name, or null.</summary>
    public static DirectiveDefinition? Find(string name) => name switch
    {
        "include" => Include,
        "skip" => Skip,
        "deprecated" => Deprecated,
        "specifiedBy" => SpecifiedBy,
        "oneOf" => OneOf,
        _ => null,
    };
}
