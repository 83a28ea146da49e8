using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec section 4 (<c>__Schema</c>, <c>__Type</c>, ...) and the meta fields
/// <c>__schema</c>, <c>__type</c>, <c>__typename</c>, built once per schema because their resolvers read that schema.
/// Sources: <c>__Schema</c> resolves on <see cref="Schema"/>, <c>__Type</c> on <see cref="GraphType"/>, <c>__Field</c> on
/// <see cref="FieldDefinition"/>, <c>__InputValue</c> on <see cref="InputValueDefinition"/>, <c>__EnumValue</c> on
/// <see cref="EnumValueDefinition"/>, <c>__Directive</c> on <see cref="DirectiveDefinition"/>.
/// </summary>
public sealed class IntrospectionTypes
{
    private readonly Schema _schema;

    internal IntrospectionTypes(Schema schema)
    {
        _schema = schema;
        TypeKindEnum = BuildTypeKind();
        DirectiveLocationEnum = BuildDirectiveLocation();
        SchemaType = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        TypeType = new ObjectType("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        FieldType = new ObjectType("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        InputValueType = new ObjectType("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        EnumValueType = new ObjectType("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
        DirectiveType = new ObjectType("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
        FillSchema();
        FillType();
        FillField();
        FillInputValue();
        FillEnumValue();
        FillDirective();

        SchemaField = new FieldDefinition("__schema", new NonNullType(SchemaType))
        {
            Description = "Access the current type schema of this server.",
            Resolver = _ => new ValueTask<object?>(_schema),
        };
        TypeField = new FieldDefinition("__type", TypeType)
        {
            Description = "Request the type information of a single type.",
            Arguments = [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))],
            Resolver = context => new ValueTask<object?>(
                context.Arguments.TryGetValue("name", out var name) && name is string typeName ? _schema.GetType(typeName) : null),
        };

        // The parent's runtime object type is not visible through IResolveFieldContext, so the executor answers
        // __typename itself; this resolver only guards against an executor that forgets to.
        TypeNameField = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String))
        {
            Description = "The name of the current Object type at runtime.",
            Resolver = _ => throw new InvalidOperationException("__typename is answered by the executor."),
        };

        All = [SchemaType, TypeType, TypeKindEnum, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationEnum];
    }

    /// <summary>The eight introspection types, in the order graphql-js lists them.</summary>
    public IReadOnlyList<NamedType> All { get; }

    /// <summary><c>__Schema</c>.</summary>
    public ObjectType SchemaType { get; }

    /// <summary><c>__Type</c>.</summary>
    public ObjectType TypeType { get; }

    /// <summary><c>__Field</c>.</summary>
    public ObjectType FieldType { get; }

    /// <summary><c>__InputValue</c>.</summary>
    public ObjectType InputValueType { get; }

    /// <summary><c>__EnumValue</c>.</summary>
    public ObjectType EnumValueType { get; }

    /// <summary><c>__Directive</c>.</summary>
    public ObjectType DirectiveType { get; }

    /// <summary><c>__TypeKind</c>; internal values are <see cref="Types.TypeKind"/> members.</summary>
    public EnumType TypeKindEnum { get; }

    /// <summary><c>__DirectiveLocation</c>; internal values are <see cref="DirectiveLocation"/> members.</summary>
    public EnumType DirectiveLocationEnum { get; }

    /// <summary>The meta field <c>__schema</c>.</summary>
    public FieldDefinition SchemaField { get; }

    /// <summary>The meta field <c>__type(name:)</c>.</summary>
    public FieldDefinition TypeField { get; }

    /// <summary>The meta field <c>__typename</c> (the executor answers it from the runtime object type).</summary>
    public FieldDefinition TypeNameField { get; }

    private static GraphType NonNull(GraphType type) => new NonNullType(type);

    private static GraphType ListOfNonNull(GraphType type) => new ListType(new NonNullType(type));

    private static FieldDefinition Field<TSource>(string name, GraphType type, Func<TSource, object?> resolve, string? description = null)
        where TSource : class =>
        new(name, type)
        {
            Description = description,
            Resolver = context => new ValueTask<object?>(resolve((TSource)context.Source!)),
        };

    private static FieldDefinition FieldWithDeprecated<TSource>(
        string name, GraphType type, Func<TSource, bool, object?> resolve, string? description = null)
        where TSource : class =>
        new(name, type)
        {
            Description = description,
            Arguments = [IncludeDeprecatedArgument()],
            Resolver = context => new ValueTask<object?>(resolve((TSource)context.Source!, IncludeDeprecated(context))),
        };

    private static InputValueDefinition IncludeDeprecatedArgument() =>
        new("includeDeprecated", BuiltInScalars.Boolean)
        {
            DefaultValueSyntax = new BooleanValueNode(false),
            DefaultValue = false,
        };

    private static bool IncludeDeprecated(IResolveFieldContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static string? DefaultValueText(InputValueDefinition input)
    {
        if (!input.HasDefaultValue)
        {
            return null;
        }

        var literal = input.DefaultValueSyntax ?? ValueLiterals.AstFromValue(input.DefaultValue, input.Type);
        return literal is null ? null : Printer.Print(literal);
    }

    private static EnumType BuildTypeKind()
    {
        var type = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        (string Name, TypeKind Kind, string Description)[] values =
        [
            ("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar."),
            ("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            ("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            ("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
            ("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
            ("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
            ("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
            ("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
        foreach (var (name, kind, description) in values)
        {
            type.AddValue(new EnumValueDefinition(name, kind) { Description = description });
        }

        return type;
    }

    private static EnumType BuildDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            type.AddValue(new EnumValueDefinition(location.ToName(), location) { Description = LocationDescription(location) });
        }

        return type;
    }

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "Location adjacent to a query operation.",
        DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocation.Field => "Location adjacent to a field.",
        DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocation.Object => "Location adjacent to an object type definition.",
        DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        DirectiveLocation.Union => "Location adjacent to a union definition.",
        DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };

    private void FillSchema()
    {
        SchemaType.AddField(Field<Schema>("description", BuiltInScalars.String, s => s.Description));
        SchemaType.AddField(Field<Schema>("types", NonNull(ListOfNonNull(TypeType)), s => s.Types, "A list of all types supported by this server."));
        SchemaType.AddField(Field<Schema>("queryType", NonNull(TypeType), s => s.QueryType, "The type that query operations will be rooted at."));
        SchemaType.AddField(Field<Schema>("mutationType", TypeType, s => s.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."));
        SchemaType.AddField(Field<Schema>("subscriptionType", TypeType, s => s.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."));
        SchemaType.AddField(Field<Schema>("directives", NonNull(ListOfNonNull(DirectiveType)), s => s.DirectiveDefinitions, "A list of all directives supported by this server."));
    }

    private void FillType()
    {
        TypeType.AddField(Field<GraphType>("kind", NonNull(TypeKindEnum), t => t.Kind));
        TypeType.AddField(Field<GraphType>("name", BuiltInScalars.String, t => (t as NamedType)?.Name));
        TypeType.AddField(Field<GraphType>("description", BuiltInScalars.String, t => (t as NamedType)?.Description));
        TypeType.AddField(Field<GraphType>("specifiedByURL", BuiltInScalars.String, t => (t as ScalarType)?.SpecifiedByUrl));
        TypeType.AddField(FieldWithDeprecated<GraphType>("fields", ListOfNonNull(FieldType), (t, all) =>
            t is ComplexType complex ? complex.Fields.Where(f => all || !f.IsDeprecated).ToArray() : null));
        TypeType.AddField(Field<GraphType>("interfaces", ListOfNonNull(TypeType), t => (t as ComplexType)?.Interfaces));
        TypeType.AddField(Field<GraphType>("possibleTypes", ListOfNonNull(TypeType), t =>
            t is InterfaceType or UnionType ? _schema.GetPossibleTypes((NamedType)t) : null));
        TypeType.AddField(FieldWithDeprecated<GraphType>("enumValues", ListOfNonNull(EnumValueType), (t, all) =>
            t is EnumType e ? e.Values.Where(v => all || !v.IsDeprecated).ToArray() : null));
        TypeType.AddField(FieldWithDeprecated<GraphType>("inputFields", ListOfNonNull(InputValueType), (t, all) =>
            t is InputObjectType input ? input.Fields.Where(f => all || !f.IsDeprecated).ToArray() : null));
        TypeType.AddField(Field<GraphType>("ofType", TypeType, t => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }));
        TypeType.AddField(Field<GraphType>("isOneOf", BuiltInScalars.Boolean, t => t is InputObjectType input ? input.IsOneOf : null));
    }

    private void FillField()
    {
        FieldType.AddField(Field<FieldDefinition>("name", NonNull(BuiltInScalars.String), f => f.Name));
        FieldType.AddField(Field<FieldDefinition>("description", BuiltInScalars.String, f => f.Description));
        FieldType.AddField(FieldWithDeprecated<FieldDefinition>("args", NonNull(ListOfNonNull(InputValueType)), (f, all) =>
            f.Arguments.Where(a => all || !a.IsDeprecated).ToArray()));
        FieldType.AddField(Field<FieldDefinition>("type", NonNull(TypeType), f => f.Type));
        FieldType.AddField(Field<FieldDefinition>("isDeprecated", NonNull(BuiltInScalars.Boolean), f => f.IsDeprecated));
        FieldType.AddField(Field<FieldDefinition>("deprecationReason", BuiltInScalars.String, f => f.DeprecationReason));
    }

    private void FillInputValue()
    {
        InputValueType.AddField(Field<InputValueDefinition>("name", NonNull(BuiltInScalars.String), v => v.Name));
        InputValueType.AddField(Field<InputValueDefinition>("description", BuiltInScalars.String, v => v.Description));
        InputValueType.AddField(Field<InputValueDefinition>("type", NonNull(TypeType), v => v.Type));
        InputValueType.AddField(Field<InputValueDefinition>("defaultValue", BuiltInScalars.String, DefaultValueText,
            "A GraphQL-formatted string representing the default value for this input value."));
        InputValueType.AddField(Field<InputValueDefinition>("isDeprecated", NonNull(BuiltInScalars.Boolean), v => v.IsDeprecated));
        InputValueType.AddField(Field<InputValueDefinition>("deprecationReason", BuiltInScalars.String, v => v.DeprecationReason));
    }

    private void FillEnumValue()
    {
        EnumValueType.AddField(Field<EnumValueDefinition>("name", NonNull(BuiltInScalars.String), v => v.Name));
        EnumValueType.AddField(Field<EnumValueDefinition>("description", BuiltInScalars.String, v => v.Description));
        EnumValueType.AddField(Field<EnumValueDefinition>("isDeprecated", NonNull(BuiltInScalars.Boolean), v => v.IsDeprecated));
        EnumValueType.AddField(Field<EnumValueDefinition>("deprecationReason", BuiltInScalars.String, v => v.DeprecationReason));
    }

    private void FillDirective()
    {
        DirectiveType.AddField(Field<DirectiveDefinition>("name", NonNull(BuiltInScalars.String), d => d.Name));
        DirectiveType.AddField(Field<DirectiveDefinition>("description", BuiltInScalars.String, d => d.Description));
        DirectiveType.AddField(Field<DirectiveDefinition>("isRepeatable", NonNull(BuiltInScalars.Boolean), d => d.IsRepeatable));
        DirectiveType.AddField(Field<DirectiveDefinition>("locations", NonNull(ListOfNonNull(DirectiveLocationEnum)), d => d.Locations));
        DirectiveType.AddField(FieldWithDeprecated<DirectiveDefinition>("args", NonNull(ListOfNonNull(InputValueType)), (d, all) =>
            d.Arguments.Where(a => all || !a.IsDeprecated).ToArray()));
    }
}
