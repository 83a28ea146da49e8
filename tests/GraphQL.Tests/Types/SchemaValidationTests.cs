using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>Type system validation (spec section 3): each rule with a failing example; invalid schemas list every problem.</summary>
public sealed class SchemaValidationTests
{
    private static IReadOnlyList<string> Problems(string sdl)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl).AddScalar(new PassThroughScalarType("Json"));
        foreach (var root in new[] { "Query", "Mutation", "Subscription", "Root" })
        {
            if (sdl.Contains("type " + root + " ", StringComparison.Ordinal))
            {
                builder.BindType(root, MemberResolver.For);
            }
        }

        try
        {
            builder.Build();
            return [];
        }
        catch (SchemaValidationException exception)
        {
            return exception.Problems;
        }
    }

    private static void AssertSingleProblem(string sdl, string expected)
    {
        var problems = Problems(sdl);
        Assert.True(problems.Count == 1, $"Expected one problem, got: {string.Join(" | ", problems)}");
        Assert.Contains(expected, problems[0]);
    }

    [Fact]
    public void A_valid_schema_has_no_problems() =>
        Assert.Empty(Problems("""
            type Query { node: Node, search: [Result!]! }
            interface Node { id: ID! parent: Node }
            interface Named implements Node { id: ID! parent: Node name: String }
            type User implements Node & Named { id: ID! parent: User name: String! extra(optional: Int): Int }
            union Result = User
            enum E { A B }
            input In { self: In list: [In!]! }
            """));

    [Theory]
    [InlineData("type Query { a: Int } type __Bad { a: Int }", "Name \"__Bad\" of type")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" of field \"Query.__a\"")]
    [InlineData("type Query { a(__x: Int): Int }", "Name \"__x\" of argument \"Query.a(__x:)\"")]
    [InlineData("type Query { a(e: E): Int } enum E { __A }", "Name \"__A\" of enum value \"E.__A\"")]
    [InlineData("type Query { a(i: I): Int } input I { __f: Int }", "Name \"__f\" of input field \"I.__f\"")]
    [InlineData("type Query { a: Int } directive @__d on FIELD", "Name \"__d\" of directive \"@__d\"")]
    public void Names_must_not_begin_with_two_underscores(string sdl, string expected) => AssertSingleProblem(sdl, expected);

    [Fact]
    public void Object_types_must_define_fields() =>
        AssertSingleProblem("type Query { a: Empty } type Empty", "Object type \"Empty\" must define one or more fields.");

    [Fact]
    public void Interface_types_must_define_fields() =>
        AssertSingleProblem("type Query { a: I } interface I", "Interface type \"I\" must define one or more fields.");

    [Fact]
    public void Field_names_are_unique() =>
        AssertSingleProblem("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.");

    [Fact]
    public void Field_types_must_be_output_types() =>
        AssertSingleProblem("type Query { a: In } input In { x: Int }", "The type of \"Query.a\" must be an output type but got \"In\".");

    [Fact]
    public void Argument_types_must_be_input_types() =>
        AssertSingleProblem("type Query { a(x: Query): Int }", "The type of \"Query.a(x:)\" must be an input type but got \"Query\".");

    [Fact]
    public void Argument_names_are_unique() =>
        AssertSingleProblem("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.");

    [Fact]
    public void Required_arguments_cannot_be_deprecated() =>
        AssertSingleProblem("type Query { a(x: Int! @deprecated): Int }", "Required argument \"Query.a(x:)\" cannot be deprecated.");

    [Fact]
    public void Required_arguments_with_a_default_may_be_deprecated() =>
        Assert.Empty(Problems("type Query { a(x: Int! = 1 @deprecated): Int }"));

    [Fact]
    public void Implementations_must_provide_interface_fields() =>
        AssertSingleProblem(
            "type Query { n: I } interface I { a: Int } type T implements I { b: Int }",
            "Interface field \"I.a\" expected but \"T\" does not provide it.");

    [Fact]
    public void Implementation_field_types_must_be_covariant() =>
        AssertSingleProblem(
            "type Query { n: I } interface I { a: Int! } type T implements I { a: Int }",
            "Interface field \"I.a\" expects type \"Int!\" but \"T.a\" is type \"Int\".");

    [Fact]
    public void Implementation_list_types_must_be_covariant() =>
        AssertSingleProblem(
            "type Query { n: I } interface I { a: [I] } type T implements I { a: T }",
            "Interface field \"I.a\" expects type \"[I]\" but \"T.a\" is type \"T\".");

    [Fact]
    public void Implementations_must_accept_interface_arguments_with_equal_types()
    {
        var problems = Problems("""
            type Query { n: I }
            interface I { a(x: Int, y: String): Int }
            type T implements I { a(x: Int!): Int }
            """);

        Assert.Equal(2, problems.Count);
        Assert.Contains("Interface field argument \"I.a(x:)\" expects type \"Int\" but \"T.a(x:)\" is type \"Int!\".", problems);
        Assert.Contains("Interface field argument \"I.a(y:)\" expected but \"T.a\" does not provide it.", problems);
    }

    [Fact]
    public void Implementations_must_not_add_required_arguments() =>
        AssertSingleProblem(
            "type Query { n: I } interface I { a: Int } type T implements I { a(z: Int!): Int }",
            "Argument \"T.a(z:)\" must not be required type \"Int!\" if not provided by the interface field \"I.a\".");

    [Fact]
    public void Transitively_implemented_interfaces_must_be_declared() =>
        AssertSingleProblem(
            "type Query { n: B } interface A { x: Int } interface B implements A { x: Int } type T implements B { x: Int }",
            "Type \"T\" must implement \"A\" because it is implemented by \"B\".");

    [Fact]
    public void Interfaces_must_not_implement_themselves() =>
        Assert.Contains(
            "Type \"A\" cannot implement itself because it would create a circular reference.",
            Problems("type Query { n: A } interface A implements A { x: Int }"));

    [Fact]
    public void Interface_cycles_are_refused() =>
        Assert.Contains(
            "Interface \"A\" cannot implement \"B\" because it would create a circular reference.",
            Problems("type Query { n: A } interface A implements B { x: Int } interface B implements A { x: Int }"));

    [Fact]
    public void An_interface_may_only_be_implemented_once() =>
        AssertSingleProblem(
            "type Query { n: I } interface I { a: Int } type T implements I & I { a: Int }",
            "Type \"T\" can only implement \"I\" once.");

    [Fact]
    public void Only_interfaces_can_be_implemented() =>
        AssertSingleProblem(
            "type Query { a: Int } type T implements Query { a: Int }",
            "Type \"T\" must only implement Interface types, it cannot implement \"Query\"");

    [Fact]
    public void Union_members_must_be_object_types() =>
        AssertSingleProblem(
            "type Query { u: U } interface I { a: Int } union U = Query | I",
            "Union type \"U\" can only include Object types, it cannot include \"I\"");

    [Fact]
    public void Unions_must_have_members() =>
        AssertSingleProblem("type Query { u: U } union U", "Union type \"U\" must define one or more member types.");

    [Fact]
    public void Union_members_are_unique() =>
        AssertSingleProblem("type Query { u: U } union U = Query | Query", "Union type \"U\" can only include type \"Query\" once.");

    [Fact]
    public void Enums_must_have_values() =>
        AssertSingleProblem("type Query { e: E } enum E", "Enum type \"E\" must define one or more values.");

    [Fact]
    public void Enum_values_are_unique() =>
        AssertSingleProblem("type Query { e: E } enum E { A A }", "Enum value \"E.A\" can only be defined once.");

    [Fact]
    public void Input_objects_must_have_fields() =>
        AssertSingleProblem("type Query { a(i: I): Int } input I", "Input Object type \"I\" must define one or more fields.");

    [Fact]
    public void Input_field_types_must_be_input_types() =>
        AssertSingleProblem("type Query { a(i: I): Int } input I { q: Query }", "The type of \"I.q\" must be an input type but got \"Query\".");

    [Fact]
    public void Required_input_fields_cannot_be_deprecated() =>
        AssertSingleProblem("type Query { a(i: I): Int } input I { f: Int! @deprecated }", "Required input field \"I.f\" cannot be deprecated.");

    [Fact]
    public void Input_objects_must_not_reference_themselves_through_non_null_fields()
    {
        // Spec 3.10 circular references: valid through a nullable field or a list, invalid through non-null singular fields.
        Assert.Empty(Problems("type Query { a(i: Example): Int } input Example { self: Example value: String }"));
        Assert.Empty(Problems("type Query { a(i: Example): Int } input Example { self: [Example!]! value: String }"));
        AssertSingleProblem(
            "type Query { a(i: Example): Int } input Example { value: String self: Example! }",
            "Cannot reference Input Object \"Example\" within itself through a series of non-null fields: \"self\".");
        var problems = Problems("type Query { a(i: First): Int } input First { second: Second! value: String } input Second { first: First! value: String }");
        Assert.Contains("Cannot reference Input Object \"First\" within itself through a series of non-null fields: \"second.first\".", problems);
        Assert.Contains("Cannot reference Input Object \"Second\" within itself through a series of non-null fields: \"first.second\".", problems);
    }

    [Fact]
    public void Input_object_default_values_must_not_form_a_cycle() =>
        Assert.Contains(
            "Input Object \"A\" has a cycle of default values referencing itself.",
            Problems("type Query { x(a: A): Int } input A { b: B = {} } input B { a: A = {} }"));

    [Fact]
    public void OneOf_fields_must_be_nullable_and_have_no_default()
    {
        var problems = Problems("type Query { a(k: K): Int } input K @oneOf { id: ID! name: String = \"x\" }");

        Assert.Equal(
            ["OneOf input field \"K.id\" must be nullable.", "OneOf input field \"K.name\" cannot have a default value."],
            problems);
    }

    [Fact]
    public void Directives_must_not_reference_themselves() =>
        AssertSingleProblem(
            "type Query { a: Int } directive @invalidExample(arg: String @invalidExample) on ARGUMENT_DEFINITION",
            "Directive \"@invalidExample\" must not reference itself directly or indirectly.");

    [Fact]
    public void Directives_must_not_reference_themselves_through_types() =>
        AssertSingleProblem(
            "type Query { a: Int } directive @d(arg: In) on INPUT_FIELD_DEFINITION input In { f: Int @d }",
            "Directive \"@d\" must not reference itself directly or indirectly.");

    [Fact]
    public void Root_types_must_be_distinct() =>
        AssertSingleProblem(
            "schema { query: Root mutation: Root } type Root { a: Int }",
            "All root types must be different, \"Root\" type is used as query and mutation root types.");

    [Fact]
    public void Root_types_must_be_object_types() =>
        Assert.Contains(
            "Query root type must be Object type, it cannot be \"E\"",
            string.Join("\n", Problems("schema { query: E } enum E { A }")));

    [Fact]
    public void A_query_root_is_required() =>
        Assert.Contains("Query root type must be provided.", Problems("type Other { a: Int }"));

    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\"")]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\"")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined")]
    [InlineData("type Query { a: Int } enum E { A } extend input E { b: Int }", "Cannot extend non-enum type \"E\"")]
    [InlineData("type Query { a: Int @nope }", "Unknown directive \"@nope\" on \"Query.a\"")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at \"Query.a\"")]
    [InlineData("type Query { a: Int } scalar Json @specifiedBy", "argument \"url\" of type \"String!\" is required")]
    [InlineData("type Query { a: Int } scalar Json @specifiedBy(url: 1)", "Invalid value for argument \"url\" of \"@specifiedBy\"")]
    [InlineData("type Query { a(x: Int = \"one\"): Int }", "Default value of \"Query.a(x:)\" is invalid: Int cannot represent non-integer value: \"one\"")]
    [InlineData("type Query { a: Int } directive @skip on FIELD", "Directive \"@skip\" already exists in the schema. It cannot be redefined")]
    [InlineData("type Query { a: Int } directive @d on FIELD directive @d on FIELD", "There can be only one directive named \"@d\"")]
    [InlineData("type Query { a: Int } query { a }", "must contain only type system definitions")]
    [InlineData("type Query { a: Int } extend scalar Int @deprecated", "Cannot extend built-in scalar \"Int\"")]
    [InlineData("type Query { a(i: I): Int } input I { a: Int } extend input I @oneOf", "The @oneOf directive must not be provided by an extension of \"I\"")]
    [InlineData("type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once.")]
    public void Sdl_problems_are_reported(string sdl, string expected) => AssertSingleProblem(sdl, expected);

    [Fact]
    public void Problems_carry_the_sdl_location() =>
        AssertSingleProblem("type Query {\n  a: Missing\n}", "Unknown type \"Missing\" (line 2, column 6).");

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { a: Missing, b: Int, b: Int }
                type Empty
                enum E
                union U
                input I @oneOf { x: Int! }
                """)
            .Build());

        Assert.True(error.Problems.Count >= 7, string.Join("\n", error.Problems));
        Assert.Contains("Unknown type \"Missing\"", error.Message);
        Assert.Contains("Object type \"Empty\" must define one or more fields.", error.Message);
        Assert.Contains("Enum type \"E\" must define one or more values.", error.Message);
        Assert.Contains("Union type \"U\" must define one or more member types.", error.Message);
        Assert.Contains("OneOf input field \"I.x\" must be nullable.", error.Message);
        Assert.Contains("Field \"Query.b\" can only be defined once.", error.Message);
        Assert.Contains("Field \"Query.a\" has no resolver", error.Message);
    }

    [Fact]
    public void Programmatic_schemas_are_validated_too()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("bad name", BuiltInScalars.Int));
        var first = new EnumType("Dup");
        first.AddValue(new EnumValueDefinition("A"));
        var second = new EnumType("Dup");
        second.AddValue(new EnumValueDefinition("A"));

        var error = Assert.Throws<SchemaValidationException>(() => new Schema(query, types: [first, second]));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("Name \"bad name\" of field \"Query.bad name\" is not a valid GraphQL name", error.Message);
        Assert.Contains("Schema must contain uniquely named types but contains multiple types named \"Dup\".", error.Message);
    }
}
