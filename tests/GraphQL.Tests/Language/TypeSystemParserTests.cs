using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Parsing of type system definitions and extensions (spec section 3 grammar).</summary>
public class TypeSystemParserTests
{
    private static T Single<T>(string source)
        where T : DefinitionNode
        => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parses_schema_definition()
    {
        var schema = Single<SchemaDefinitionNode>("\"d\" schema @a { query: Q mutation: M subscription: S }");

        Assert.Equal("d", schema.Description!.Value);
        Assert.Equal("a", Assert.Single(schema.Directives).Name);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal(["Q", "M", "S"], schema.OperationTypes.Select(o => o.Type.Name));
    }

    [Fact]
    public void Parses_object_type_with_everything()
    {
        var type = Single<ObjectTypeDefinitionNode>(
            "\"\"\"\n  Doc\n\"\"\"\ntype Hello implements & A & B @d {\n  \"f\" world(\"arg\" flag: Boolean = true @x, n: Int): [String!]! @deprecated(reason: \"no\")\n}");

        Assert.Equal("Doc", type.Description!.Value);
        Assert.True(type.Description.Block);
        Assert.Equal("Hello", type.Name);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name));
        Assert.Equal("d", Assert.Single(type.Directives).Name);
        Assert.Equal(new SourceLocation(1, 1), type.Location);
        var field = Assert.Single(type.Fields);
        Assert.Equal("f", field.Description!.Value);
        Assert.Equal("world", field.Name);
        Assert.Equal(new SourceLocation(5, 3), field.Location);
        Assert.Equal("String", field.Type.NamedType.Name);
        Assert.Equal("deprecated", Assert.Single(field.Directives).Name);
        var flag = field.Arguments[0];
        Assert.Equal("arg", flag.Description!.Value);
        Assert.Equal("flag", flag.Name);
        Assert.True(Assert.IsType<BooleanValueNode>(flag.DefaultValue).Value);
        Assert.Equal("x", Assert.Single(flag.Directives).Name);
        Assert.Null(field.Arguments[1].DefaultValue);
    }

    [Fact]
    public void Type_without_fields_block_has_no_fields()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Empty");

        Assert.Empty(type.Fields);
        Assert.Empty(type.Interfaces);
    }

    [Fact]
    public void Parses_interface_implementing_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Node implements Entity & Two { id: ID! }");

        Assert.Equal(["Entity", "Two"], type.Interfaces.Select(i => i.Name));
        Assert.Equal("id", Assert.Single(type.Fields).Name);
        Assert.Equal(NodeKind.InterfaceTypeDefinition, type.Kind);
    }

    [Theory]
    [InlineData("union U = A | B")]
    [InlineData("union U = | A | B")]
    [InlineData("union U =\n  | A\n  | B")]
    public void Parses_union_members_with_optional_leading_pipe(string source)
    {
        var union = Single<UnionTypeDefinitionNode>(source);

        Assert.Equal(["A", "B"], union.Types.Select(t => t.Name));
    }

    [Fact]
    public void Parses_scalar_enum_and_input_definitions()
    {
        var document = Parser.Parse("scalar Date @specifiedBy(url: \"x\") enum Color { \"r\" RED @d GREEN } input Point @oneOf { x: Float = 0.5, y: Float }");

        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name);
        var color = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal(["RED", "GREEN"], color.Values.Select(v => v.Name));
        Assert.Equal("r", color.Values[0].Description!.Value);
        Assert.Equal("d", Assert.Single(color.Values[0].Directives).Name);
        var point = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal(["x", "y"], point.Fields.Select(f => f.Name));
        Assert.Equal("0.5", Assert.IsType<FloatValueNode>(point.Fields[0].DefaultValue).Value);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    public void Enum_values_cannot_be_true_false_or_null(string name)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse($"enum E {{ {name} }}"));

        Assert.Equal($"Syntax Error: Name \"{name}\" is reserved and cannot be used for an enum value.", error.Message);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var document = Parser.Parse(
            "directive @a(x: Int = 1) on FIELD | QUERY\ndirective @b repeatable on | OBJECT | INTERFACE | INPUT_FIELD_DEFINITION");

        var a = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[0]);
        Assert.Equal("a", a.Name);
        Assert.False(a.Repeatable);
        Assert.Equal("x", Assert.Single(a.Arguments).Name);
        Assert.Equal([DirectiveLocation.Field, DirectiveLocation.Query], a.Locations);
        var b = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[1]);
        Assert.True(b.Repeatable);
        Assert.Equal([DirectiveLocation.Object, DirectiveLocation.Interface, DirectiveLocation.InputFieldDefinition], b.Locations);
    }

    [Fact]
    public void Every_directive_location_name_parses()
    {
        var names = Enum.GetValues<DirectiveLocation>().Select(l => l.ToName()).ToArray();

        var definition = Single<DirectiveDefinitionNode>("directive @all on " + string.Join(" | ", names));

        Assert.Equal(Enum.GetValues<DirectiveLocation>(), definition.Locations);
        Assert.Contains("FIELD_DEFINITION", names);
        Assert.Contains("VARIABLE_DEFINITION", names);
    }

    [Fact]
    public void Unknown_directive_location_is_a_syntax_error()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("directive @a on FIELD | INCORRECT_LOCATION"));

        Assert.Equal("Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", error.Message);
        Assert.Equal(new SourceLocation(1, 25), error.Location);
    }

    [Fact]
    public void Parses_every_extension_kind()
    {
        var document = Parser.Parse("""
            extend schema @a { subscription: S }
            extend schema @b
            extend scalar Date @c
            extend type T implements I @d { f: Int }
            extend type T implements J
            extend interface I @e { g: Int }
            extend interface I implements K
            extend union U @f = A | B
            extend union U @g
            extend enum E @h { X }
            extend enum E @i
            extend input In @j { z: Int }
            extend input In @k
            """);

        Assert.Equal(
            [
                NodeKind.SchemaExtension, NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension,
                NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension, NodeKind.InterfaceTypeExtension,
                NodeKind.UnionTypeExtension, NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.EnumTypeExtension,
                NodeKind.InputObjectTypeExtension, NodeKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        var schema = Assert.IsType<SchemaExtensionNode>(document.Definitions[0]);
        Assert.Equal("S", Assert.Single(schema.OperationTypes).Type.Name);
        var type = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[3]);
        Assert.Equal("T", type.Name);
        Assert.Equal("I", Assert.Single(type.Interfaces).Name);
        Assert.Equal("f", Assert.Single(type.Fields).Name);
        Assert.Equal(new SourceLocation(4, 1), type.Location);
        Assert.Equal(["A", "B"], Assert.IsType<UnionTypeExtensionNode>(document.Definitions[7]).Types.Select(t => t.Name));
        Assert.Equal("X", Assert.Single(Assert.IsType<EnumTypeExtensionNode>(document.Definitions[9]).Values).Name);
        Assert.Equal("z", Assert.Single(Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[11]).Fields).Name);
    }

    [Theory]
    [InlineData("extend schema", "Unexpected <EOF>.")]
    [InlineData("extend scalar S", "Unexpected <EOF>.")]
    [InlineData("extend type T", "Unexpected <EOF>.")]
    [InlineData("extend interface I", "Unexpected <EOF>.")]
    [InlineData("extend union U", "Unexpected <EOF>.")]
    [InlineData("extend enum E", "Unexpected <EOF>.")]
    [InlineData("extend input I", "Unexpected <EOF>.")]
    [InlineData("extend directive @d on FIELD", "Unexpected Name \"directive\".")]
    [InlineData("extend query", "Unexpected Name \"query\".")]
    [InlineData("\"d\" extend type T @d", "Unexpected description, descriptions are not supported on type extensions.")]
    public void Extensions_must_add_something(string source, string message)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: " + message, error.Message);
    }

    [Theory]
    [InlineData("type T {}", "Expected Name, found \"}\".")]
    [InlineData("enum E {}", "Expected Name, found \"}\".")]
    [InlineData("input I {}", "Expected Name, found \"}\".")]
    [InlineData("type T { f(): Int }", "Expected Name, found \")\".")]
    [InlineData("schema {}", "Unexpected \"}\".")]
    [InlineData("union U =", "Expected Name, found <EOF>.")]
    [InlineData("type T implements { f: Int }", "Expected Name, found \"{\".")]
    [InlineData("type T implements A && B", "Expected Name, found \"&\".")]
    [InlineData("directive @d on", "Unexpected <EOF>.")]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".")]
    [InlineData("directive @d repeatable FIELD", "Expected \"on\", found Name \"FIELD\".")]
    [InlineData("type T { f: Int = 1 }", "Expected Name, found \"=\".")]
    [InlineData("scalar S @d(a: $v)", "Unexpected variable \"$v\" in constant value.")]
    public void Rejects_malformed_type_system_definitions(string source, string message)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: " + message, error.Message);
    }

    [Fact]
    public void Parses_the_type_system_kitchen_sink()
    {
        var document = Parser.Parse(KitchenSink.TypeSystem);

        Assert.Equal(39, document.Definitions.Count);
        var repeatable = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name == "myRepeatableDir");
        Assert.True(repeatable.Repeatable);
        var site = document.Definitions.OfType<EnumTypeDefinitionNode>().Single(e => e.Name == "Site");
        Assert.Equal("This is a description of the `DESKTOP` value", site.Values[0].Description!.Value);
        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("This is a description\n  of the schema as a whole.", schema.Description!.Value);
    }

    [Fact]
    public void Mixed_documents_hold_executable_and_type_system_definitions()
    {
        var document = Parser.Parse("type Query { a: Int } { a }");

        Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.IsType<OperationDefinitionNode>(document.Definitions[1]);
    }
}
