using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private static readonly FieldResolver Null = _ => new ValueTask<object?>((object?)null);

    private static async Task<object?> Resolve(FieldDefinition field, object? source, Dictionary<string, object?>? arguments = null) =>
        await field.Resolver!(FakeResolveContext.Create(source, arguments, field.Name));

    private static SchemaValidationException BuildFails(SchemaBuilder builder) =>
        Assert.Throws<SchemaValidationException>(() => builder.Build());

    [Fact]
    public void Extensions_add_fields_interfaces_members_values_and_directives()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                directive @tag(name: String!) repeatable on OBJECT | ENUM | SCALAR | UNION | INPUT_OBJECT | INTERFACE
                type Query { a: Int }
                interface Named { name: String }
                type A { x: Int }
                type B { y: Int }
                union AB = A
                enum Color { RED }
                input Filter { a: Int }
                scalar Json
                """)
            .AddTypeDefinitions("""
                extend type Query { b: String }
                extend type A implements Named @tag(name: "a") { name: String }
                extend interface Named @tag(name: "n")
                extend union AB @tag(name: "u") = B
                extend enum Color @tag(name: "c") { GREEN }
                extend input Filter @tag(name: "f") { b: String }
                extend scalar Json @tag(name: "j")
                """)
            .AddScalar(new PassThroughScalarType("Json"))
            .Bind("Query", "a", Null)
            .Bind("Query", "b", Null)
            .Build();

        Assert.Equal(["a", "b"], ((ObjectType)schema.GetType("Query")!).Fields.Select(f => f.Name));
        var a = (ObjectType)schema.GetType("A")!;
        Assert.Equal(["x", "name"], a.Fields.Select(f => f.Name));
        Assert.Same(schema.GetType("Named"), Assert.Single(a.Interfaces));
        Assert.Equal("a", a.FindDirective("tag")!.GetArgument("name"));
        Assert.Equal(["A", "B"], ((UnionType)schema.GetType("AB")!).Members.Select(m => m.Name));
        Assert.Equal(["RED", "GREEN"], ((EnumType)schema.GetType("Color")!).Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], ((InputObjectType)schema.GetType("Filter")!).Fields.Select(f => f.Name));
        foreach (var name in new[] { "Named", "AB", "Color", "Filter", "Json" })
        {
            Assert.NotNull(schema.GetType(name)!.FindDirective("tag"));
        }
    }

    [Fact]
    public void Default_root_names_are_used_without_a_schema_definition()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
            .Bind("Query", "a", Null).Bind("Mutation", "b", Null).Bind("Subscription", "c", Null)
            .Build();

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void Schema_definition_and_extension_name_the_roots_and_carry_a_description()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                "The insurer API."
                schema { query: Root }
                extend schema { mutation: Change }
                type Root { a: Int }
                type Change { b: Int }
                type Query { unused: Int }
                """)
            .Bind("Root", "a", Null).Bind("Change", "b", Null)
            .BindType("Query", MemberResolver.For)
            .Build();

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Equal("The insurer API.", schema.Description);
    }

    [Fact]
    public void Custom_directives_are_readable_by_the_host_with_coerced_arguments()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                enum Role { ADMIN AGENT }
                enum PiiKind { NAME PHONE }
                directive @authorize(roles: [Role!]!) on FIELD_DEFINITION | OBJECT
                directive @pii(kind: PiiKind = NAME) on FIELD_DEFINITION
                type Query { customer: Customer @authorize(roles: [ADMIN, AGENT]) }
                type Customer @authorize(roles: ADMIN) { name: String @pii phone: String @pii(kind: PHONE) }
                """)
            .Bind("Query", "customer", Null)
            .Build();

        var query = schema.QueryType;
        var roles = Assert.IsAssignableFrom<IReadOnlyList<object?>>(query.GetField("customer")!.FindDirective("authorize")!.GetArgument("roles"));
        Assert.Equal(["ADMIN", "AGENT"], roles);
        var customer = (ObjectType)schema.GetType("Customer")!;
        Assert.Equal(["ADMIN"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(customer.FindDirective("authorize")!.GetArgument("roles")));
        Assert.Equal("NAME", customer.GetField("name")!.FindDirective("pii")!.GetArgument("kind"));
        Assert.Equal("PHONE", customer.GetField("phone")!.FindDirective("pii")!.GetArgument("kind"));
    }

    [Fact]
    public void Directive_arguments_of_a_bound_enum_type_are_clr_members()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                enum Shade { LIGHT_RED DARK_BLUE }
                directive @paint(shades: [Shade!]! = [DARK_BLUE]) on FIELD_DEFINITION
                type Query { a: Int @paint(shades: [LIGHT_RED]) b: Int @paint }
                """)
            .Bind("Query", "a", Null).Bind("Query", "b", Null)
            .BindEnum<Shade>("Shade")
            .Build();

        Assert.Equal([Shade.LightRed], Assert.IsAssignableFrom<IReadOnlyList<object?>>(schema.QueryType.GetField("a")!.FindDirective("paint")!.GetArgument("shades")));
        Assert.Equal([Shade.DarkBlue], Assert.IsAssignableFrom<IReadOnlyList<object?>>(schema.QueryType.GetField("b")!.FindDirective("paint")!.GetArgument("shades")));
    }

    [Fact]
    public void Deprecated_sets_reasons_on_fields_arguments_input_fields_and_enum_values()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { a(x: Int @deprecated(reason: "no x")): Int @deprecated b: Int }
                input I { old: Int @deprecated(reason: "gone") }
                enum E { A @deprecated B }
                """)
            .Bind("Query", "a", Null).Bind("Query", "b", Null)
            .Build();

        var a = schema.QueryType.GetField("a")!;
        Assert.Equal("No longer supported", a.DeprecationReason);
        Assert.Equal("no x", a.GetArgument("x")!.DeprecationReason);
        Assert.False(schema.QueryType.GetField("b")!.IsDeprecated);
        Assert.Equal("gone", ((InputObjectType)schema.GetType("I")!).GetField("old")!.DeprecationReason);
        Assert.True(((EnumType)schema.GetType("E")!).GetValue("A")!.IsDeprecated);
        Assert.False(((EnumType)schema.GetType("E")!).GetValue("B")!.IsDeprecated);
    }

    [Fact]
    public void SpecifiedBy_and_oneOf_are_read_from_the_sdl()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { a(k: Key): Int }
                scalar UUID @specifiedBy(url: "https://example.com/uuid")
                input Key @oneOf { id: UUID name: String }
                """)
            .Bind("Query", "a", Null)
            .Build();

        Assert.Equal("https://example.com/uuid", ((ScalarType)schema.GetType("UUID")!).SpecifiedByUrl);
        Assert.IsType<UuidType>(schema.GetType("UUID"));
        Assert.True(((InputObjectType)schema.GetType("Key")!).IsOneOf);
    }

    [Fact]
    public void Default_values_are_coerced_to_the_argument_type()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { a(n: Int = 3, list: [Int] = 1, f: F = {x: 2}): Int }
                input F { x: Int y: String = "d" }
                """)
            .Bind("Query", "a", Null)
            .Build();

        var field = schema.QueryType.GetField("a")!;
        Assert.Equal(3, field.GetArgument("n")!.DefaultValue);
        Assert.Equal([1], Assert.IsAssignableFrom<IReadOnlyList<object?>>(field.GetArgument("list")!.DefaultValue));
        var f = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(field.GetArgument("f")!.DefaultValue);
        Assert.Equal(2, f["x"]);
        Assert.Equal("d", f["y"]);
    }

    [Fact]
    public async Task Bound_resolvers_run_and_other_fields_read_members_of_the_parent()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { customer: Customer } type Customer { name: String fullName: String age: Int }")
            .Bind("Query", "customer", _ => new ValueTask<object?>(new CustomerRecord("Ann", "Ann Lee", 40)))
            .Build();

        var customer = await Resolve(schema.QueryType.GetField("customer")!, null);
        var type = (ObjectType)schema.GetType("Customer")!;
        Assert.Equal("Ann", await Resolve(type.GetField("name")!, customer));
        Assert.Equal("Ann Lee", await Resolve(type.GetField("fullName")!, customer));
        Assert.Equal(40, await Resolve(type.GetField("age")!, customer));
        Assert.Equal("Bo", await Resolve(type.GetField("name")!, new Dictionary<string, object?> { ["name"] = "Bo" }));
        Assert.Null(await Resolve(type.GetField("name")!, null));
    }

    [Fact]
    public async Task Interface_bindings_apply_to_implementations_without_their_own()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { n: Node } interface Node { id: ID } type A implements Node { id: ID } type B implements Node { id: ID }")
            .Bind("Query", "n", Null)
            .Bind("Node", "id", _ => new ValueTask<object?>("from-interface"))
            .Bind("B", "id", _ => new ValueTask<object?>("own"))
            .Build();

        Assert.Equal("from-interface", await Resolve(((ObjectType)schema.GetType("A")!).GetField("id")!, new object()));
        Assert.Equal("own", await Resolve(((ObjectType)schema.GetType("B")!).GetField("id")!, new object()));
    }

    [Fact]
    public void A_root_field_without_resolver_fails_the_build()
    {
        var error = BuildFails(new SchemaBuilder().AddTypeDefinitions("type Query { a: Int b: Int }").Bind("Query", "a", Null));

        Assert.Equal("Field \"Query.b\" has no resolver: bind one with Bind(\"Query\", \"b\", ...).", Assert.Single(error.Problems));
    }

    [Fact]
    public void Without_a_default_strategy_every_field_needs_a_binding()
    {
        var builder = new SchemaBuilder { DefaultResolverStrategy = null }
            .AddTypeDefinitions("type Query { c: C } type C { x: Int y: Int }")
            .Bind("Query", "c", Null)
            .Bind("C", "x", Null);

        var error = BuildFails(builder);

        Assert.Equal(["Field \"C.y\" has no resolver: bind one with Bind(\"C\", \"y\", ...)."], error.Problems);
    }

    [Fact]
    public void Bindings_that_name_no_type_or_field_fail_the_build_and_all_are_listed()
    {
        var error = BuildFails(new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } enum E { X }")
            .Bind("Query", "a", Null)
            .Bind("Query", "missing", Null)
            .Bind("Nope", "a", Null)
            .Bind("E", "X", Null)
            .BindType("Ghost", MemberResolver.For)
            .ResolveType("Query", _ => null)
            .IsTypeOf("E", _ => true)
            .BindEnum<DayOfWeek>("Query"));

        Assert.Equal(7, error.Problems.Count);
        Assert.Contains("Resolver binding names field \"Query.missing\", which does not exist in the schema.", error.Problems);
        Assert.Contains("Resolver binding names type \"Nope\", which does not exist in the schema.", error.Problems);
        Assert.Contains("Resolver binding names type \"E\", which is not an object or interface type.", error.Problems);
        Assert.Contains("Resolver strategy names type \"Ghost\", which is not an object type of the schema.", error.Problems);
        Assert.Contains("Type resolver names type \"Query\", which is not an interface or union of the schema.", error.Problems);
        Assert.Contains("IsTypeOf names type \"E\", which is not an object type of the schema.", error.Problems);
        Assert.Contains("Enum binding names type \"Query\", which is not an enum type of the schema.", error.Problems);
    }

    [Fact]
    public void Enum_binding_maps_screaming_case_names_to_clr_members()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a(s: Shade = DARK_BLUE): Shade } enum Shade { LIGHT_RED DARK_BLUE }")
            .Bind("Query", "a", Null)
            .BindEnum<Shade>("Shade")
            .Build();

        var shade = (EnumType)schema.GetType("Shade")!;
        Assert.Equal(Shade.LightRed, shade.GetValue("LIGHT_RED")!.Value);
        Assert.Equal("DARK_BLUE", shade.Serialize(Shade.DarkBlue));
        Assert.Equal(Shade.DarkBlue, schema.QueryType.GetField("a")!.GetArgument("s")!.DefaultValue);
    }

    [Fact]
    public void Enum_binding_reports_values_without_a_clr_member()
    {
        var error = BuildFails(new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Shade } enum Shade { LIGHT_RED PURPLE }")
            .Bind("Query", "a", Null)
            .BindEnum<Shade>("Shade"));

        Assert.Equal("Enum value \"Shade.PURPLE\" has no member in CLR enum Shade.", Assert.Single(error.Problems));
    }

    [Fact]
    public void Scalars_without_implementation_fail_the_build()
    {
        var error = BuildFails(new SchemaBuilder().AddTypeDefinitions("type Query { a: Money } scalar Money").Bind("Query", "a", Null));

        Assert.StartsWith("Scalar \"Money\" has no implementation", Assert.Single(error.Problems));
    }

    [Fact]
    public void Syntax_errors_in_sdl_are_reported_with_the_source_name()
    {
        var error = BuildFails(new SchemaBuilder().AddTypeDefinitions("type Query { a: }", "schema.graphql"));

        Assert.StartsWith("schema.graphql: Syntax Error", error.Problems[0]);
    }

    [Fact]
    public void Abstract_types_resolve_with_hooks_typename_entries_IsTypeOf_and_class_names()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { r: R n: Node }
                union R = CustomerRecord | Policy
                interface Node { id: ID }
                type CustomerRecord implements Node { id: ID name: String }
                type Policy implements Node { id: ID }
                """)
            .Bind("Query", "r", Null).Bind("Query", "n", Null)
            .IsTypeOf("Policy", value => value is string s && s.StartsWith("P", StringComparison.Ordinal))
            .ResolveType("Node", value => value is string ? "Policy" : "CustomerRecord")
            .Build();
        var context = FakeResolveContext.Create(null);
        var union = schema.GetType("R")!;

        Assert.Equal("Policy", schema.ResolveAbstractType(union, "P-1", context).Name);
        Assert.Equal("CustomerRecord", schema.ResolveAbstractType(union, new CustomerRecord("a", "b", 1), context).Name);
        Assert.Equal("Policy", schema.ResolveAbstractType(union, new Dictionary<string, object?> { ["__typename"] = "Policy" }, context).Name);
        Assert.Equal("Policy", schema.ResolveAbstractType(schema.GetType("Node")!, "x", context).Name);
        Assert.Throws<AbstractTypeResolutionException>(() => schema.ResolveAbstractType(union, 42, context));
        Assert.Throws<AbstractTypeResolutionException>(() =>
            schema.ResolveAbstractType(union, new Dictionary<string, object?> { ["__typename"] = "Query" }, context));
    }

    [Fact]
    public void Possible_types_and_subtypes_are_precomputed()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { n: Node }
                interface Node { id: ID }
                interface Resource implements Node { id: ID }
                type File implements Resource & Node { id: ID }
                type User implements Node { id: ID }
                union U = User
                """)
            .Bind("Query", "n", Null)
            .Build();
        var node = schema.GetType("Node")!;
        var resource = (InterfaceType)schema.GetType("Resource")!;
        var file = (ObjectType)schema.GetType("File")!;
        var user = (ObjectType)schema.GetType("User")!;

        Assert.Equal([file, user], schema.GetPossibleTypes(node));
        Assert.Equal([file], schema.GetPossibleTypes(resource));
        Assert.True(schema.IsSubType(node, resource));
        Assert.True(schema.IsPossibleType(schema.GetType("U")!, user));
        Assert.False(schema.IsPossibleType(schema.GetType("U")!, file));
        Assert.Equal([resource, file, user], schema.GetImplementations((InterfaceType)node));
    }

    [Fact]
    public void Meta_fields_are_found_where_the_spec_allows_them()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { c: C } type C { x: Int } union U = C")
            .Bind("Query", "c", Null)
            .Build();

        Assert.Same(schema.SchemaMetaField, schema.GetFieldDefinition(schema.QueryType, "__schema"));
        Assert.Same(schema.TypeMetaField, schema.GetFieldDefinition(schema.QueryType, "__type"));
        Assert.Same(schema.TypeNameMetaField, schema.GetFieldDefinition(schema.GetType("U")!, "__typename"));
        Assert.Null(schema.GetFieldDefinition(schema.GetType("C")!, "__schema"));
        Assert.Null(schema.GetFieldDefinition(BuiltInScalars.Int, "__typename"));
        Assert.Equal("x", schema.GetFieldDefinition(schema.GetType("C")!, "x")!.Name);
    }

    private enum Shade
    {
        LightRed,
        DarkBlue,
    }

    private sealed record CustomerRecord(string Name, string FullName, int Age);
}
