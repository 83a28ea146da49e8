using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Parsing of executable documents (spec 2.2-2.12).</summary>
public class ExecutableParserTests
{
    private static OperationDefinitionNode Operation(string source)
        => Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));

    private static FieldNode FirstField(string source)
        => Assert.IsType<FieldNode>(Operation(source).SelectionSet.Selections[0]);

    [Fact]
    public void Parses_query_shorthand()
    {
        var operation = Operation("{ a }");

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal(NodeKind.OperationDefinition, operation.Kind);
        Assert.Equal(new SourceLocation(1, 1), operation.Location);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Parses_named_operations(string source, OperationType expected)
    {
        var operation = Operation(source);

        Assert.Equal(expected, operation.Operation);
        Assert.Equal("Q", operation.Name);
    }

    [Fact]
    public void Parses_anonymous_operation_with_variables()
    {
        var operation = Operation("query ($id: ID!, $n: [Int] = [1] @dir) { a }");

        Assert.Null(operation.Name);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var id = operation.VariableDefinitions[0];
        Assert.Equal("id", id.Variable.Name);
        var nonNull = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name);
        Assert.Null(id.DefaultValue);
        var n = operation.VariableDefinitions[1];
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<ListTypeNode>(n.Type).Type).Name);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(Assert.IsType<ListValueNode>(n.DefaultValue).Values)).Value);
        Assert.Equal("dir", Assert.Single(n.Directives).Name);
        Assert.Equal(new SourceLocation(1, 18), n.Location);
    }

    [Fact]
    public void Parses_descriptions_on_operations_fragments_and_variables()
    {
        var document = Parser.Parse("\"op\" query Q(\"v\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { a }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("op", operation.Description!.Value);
        Assert.False(operation.Description.Block);
        Assert.Equal(new SourceLocation(1, 1), operation.Location);
        Assert.Equal("v", operation.VariableDefinitions[0].Description!.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("frag", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
    }

    [Fact]
    public void Parses_field_with_alias_arguments_directives_and_selections()
    {
        var field = FirstField("{ smallPic: profilePic(size: 64, crop: true) @include(if: $big) { url } }");

        Assert.Equal("smallPic", field.Alias);
        Assert.Equal("profilePic", field.Name);
        Assert.Equal("smallPic", field.ResponseKey);
        Assert.Equal(["size", "crop"], field.Arguments.Select(a => a.Name));
        var directive = Assert.Single(field.Directives);
        Assert.Equal("include", directive.Name);
        Assert.Equal("big", Assert.IsType<VariableNode>(Assert.Single(directive.Arguments).Value).Name);
        Assert.Equal("url", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name);
        Assert.Equal(new SourceLocation(1, 3), field.Location);
        Assert.Equal(new SourceLocation(1, 24), field.Arguments[0].Location);
        Assert.Equal(new SourceLocation(1, 46), directive.Location);
    }

    [Fact]
    public void Leaf_field_has_no_selection_set_and_empty_lists()
    {
        var field = FirstField("{ id }");

        Assert.Null(field.Alias);
        Assert.Equal("id", field.ResponseKey);
        Assert.Null(field.SelectionSet);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
    }

    [Fact]
    public void Keywords_are_valid_field_and_argument_names()
    {
        var field = FirstField("{ query(on: fragment, true: null) { mutation subscription fragment type } }");

        Assert.Equal("query", field.Name);
        Assert.Equal("fragment", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("true", field.Arguments[1].Name);
        Assert.Equal(4, field.SelectionSet!.Selections.Count);
    }

    [Fact]
    public void Parses_fragment_spreads_and_inline_fragments()
    {
        var selections = Operation("{ ...F @d ... on User { a } ... @skip(if: true) { b } ... { c } }").SelectionSet.Selections;

        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name);
        Assert.Equal("d", Assert.Single(spread.Directives).Name);
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("User", typed.TypeCondition!.Name);
        Assert.Equal(new SourceLocation(1, 11), typed.Location);
        var directed = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(directed.TypeCondition);
        Assert.Equal("skip", Assert.Single(directed.Directives).Name);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
    }

    [Fact]
    public void Parses_fragment_definition()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(
            Assert.Single(Parser.Parse("fragment friendFields on User @d { id }").Definitions));

        Assert.Equal("friendFields", fragment.Name);
        Assert.Equal("User", fragment.TypeCondition.Name);
        Assert.Equal("d", Assert.Single(fragment.Directives).Name);
        Assert.Equal(NodeKind.FragmentDefinition, fragment.Kind);
    }

    [Fact]
    public void Fragment_cannot_be_named_on()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("fragment on on on { on }"));

        Assert.Equal("Syntax Error: Unexpected Name \"on\".", error.Message);
        Assert.Equal(new SourceLocation(1, 10), error.Location);
    }

    [Fact]
    public void Parses_every_value_kind()
    {
        var arguments = FirstField(
            "{ f(i: -12, fl: 1.5e-3, s: \"x\", b: \"\"\"y\"\"\", t: true, fa: false, n: null, e: RED, v: $var, l: [1, [2]], o: {a: 1, b: {c: $d}}) }")
            .Arguments;

        Assert.Equal("-12", Assert.IsType<IntValueNode>(arguments[0].Value).Value);
        Assert.Equal("1.5e-3", Assert.IsType<FloatValueNode>(arguments[1].Value).Value);
        var s = Assert.IsType<StringValueNode>(arguments[2].Value);
        Assert.Equal("x", s.Value);
        Assert.False(s.Block);
        Assert.True(Assert.IsType<StringValueNode>(arguments[3].Value).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(arguments[4].Value).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(arguments[5].Value).Value);
        Assert.IsType<NullValueNode>(arguments[6].Value);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(arguments[7].Value).Value);
        Assert.Equal("var", Assert.IsType<VariableNode>(arguments[8].Value).Name);
        var list = Assert.IsType<ListValueNode>(arguments[9].Value);
        Assert.IsType<ListValueNode>(list.Values[1]);
        var obj = Assert.IsType<ObjectValueNode>(arguments[10].Value);
        Assert.Equal(["a", "b"], obj.Fields.Select(f => f.Name));
        var inner = Assert.IsType<ObjectValueNode>(obj.Fields[1].Value);
        Assert.Equal("d", Assert.IsType<VariableNode>(Assert.Single(inner.Fields).Value).Name);
    }

    [Fact]
    public void Empty_list_and_object_values_are_allowed()
    {
        var arguments = FirstField("{ f(l: [], o: {}) }").Arguments;

        Assert.Empty(Assert.IsType<ListValueNode>(arguments[0].Value).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(arguments[1].Value).Fields);
    }

    [Fact]
    public void Integers_past_32_bits_stay_int_literals()
    {
        var value = Assert.IsType<IntValueNode>(FirstField("{ f(a: 99999999999999999999999999) }").Arguments[0].Value);

        Assert.Equal("99999999999999999999999999", value.Value);
    }

    [Fact]
    public void Duplicate_object_fields_are_kept_for_validation()
    {
        var obj = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: 1, a: 2}"));

        Assert.Equal(2, obj.Fields.Count);
    }

    [Fact]
    public void Parses_standalone_values_and_types()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $v]"));
        Assert.IsType<VariableNode>(value.Values[2]);

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        Assert.Equal("String", type.NamedType.Name);
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        Assert.IsType<ListTypeNode>(outer.Type);
    }

    [Fact]
    public void Const_value_rejects_variables()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $var]"));

        Assert.Equal("Syntax Error: Unexpected variable \"$var\" in constant value.", error.Message);
        Assert.Equal(new SourceLocation(1, 5), error.Location);
    }

    [Fact]
    public void Default_values_and_directive_arguments_on_variables_must_be_constant()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query ($a: Int = $b) { f }"));

        Assert.Equal("Syntax Error: Unexpected variable \"$b\" in constant value.", error.Message);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query ($a: Int @d(x: $b)) { f }"));
    }

    [Fact]
    public void No_location_option_omits_locations()
    {
        var document = Parser.Parse("{ a(b: 1) }", new ParserOptions { NoLocation = true });

        Assert.Null(document.Location);
        var field = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections[0]);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Locations_follow_lines()
    {
        var operation = Operation("query Q {\n  a\n  b {\n    c\n  }\n}");

        var b = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[1]);
        Assert.Equal(new SourceLocation(3, 3), b.Location);
        Assert.Equal(new SourceLocation(3, 5), b.SelectionSet!.Location);
        Assert.Equal(new SourceLocation(4, 5), b.SelectionSet.Selections[0].Location);
    }

    [Fact]
    public void Parses_the_executable_kitchen_sink()
    {
        var document = Parser.Parse(KitchenSink.Executable);

        Assert.Equal(6, document.Definitions.Count);
        Assert.All(document.Definitions, d => Assert.IsAssignableFrom<ExecutableDefinitionNode>(d));
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[3]);
        var foo = Assert.IsType<FieldNode>(Assert.Single(fragment.SelectionSet.Selections));
        var obj = Assert.IsType<ObjectValueNode>(foo.Arguments[2].Value);
        Assert.Equal("block string uses \"\"\"", Assert.IsType<StringValueNode>(obj.Fields[1].Value).Value);
        var nested = Assert.IsType<ObjectValueNode>(obj.Fields[2].Value);
        var list = Assert.IsType<ListValueNode>(nested.Fields[0].Value);
        Assert.Equal("esc\"aped\u00e9\n", Assert.IsType<StringValueNode>(list.Values[3]).Value);
    }
}
