using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Introspection;

/// <summary>The introspection types and specified directives match Appendix D of the specification field by field.</summary>
public sealed class SpecifiedDefinitionsTests
{
    // Appendix D, "Type System Definitions" (September 2025 edition).
    private const string AppendixD = """
        scalar String

        scalar Int

        scalar Float

        scalar Boolean

        scalar ID

        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @deprecated(
          reason: String! = "No longer supported"
        ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

        directive @specifiedBy(url: String!) on SCALAR

        directive @oneOf on INPUT_OBJECT

        type __Schema {
          description: String
          types: [__Type!]!
          queryType: __Type!
          mutationType: __Type
          subscriptionType: __Type
          directives: [__Directive!]!
        }

        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        enum __TypeKind {
          SCALAR
          OBJECT
          INTERFACE
          UNION
          ENUM
          INPUT_OBJECT
          LIST
          NON_NULL
        }

        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        type __InputValue {
          name: String!
          description: String
          type: __Type!
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        enum __DirectiveLocation {
          QUERY
          MUTATION
          SUBSCRIPTION
          FIELD
          FRAGMENT_DEFINITION
          FRAGMENT_SPREAD
          INLINE_FRAGMENT
          VARIABLE_DEFINITION
          SCHEMA
          SCALAR
          OBJECT
          FIELD_DEFINITION
          ARGUMENT_DEFINITION
          INTERFACE
          UNION
          ENUM
          ENUM_VALUE
          INPUT_OBJECT
          INPUT_FIELD_DEFINITION
        }
        """;

    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { a: Int }")
        .Bind("Query", "a", _ => new ValueTask<object?>(1))
        .Build();

    private static IEnumerable<DefinitionNode> Definitions() => Parser.Parse(AppendixD).Definitions;

    private static string Text(SyntaxNode? node) => node is null ? "-" : Printer.Print(node);

    private static string Describe(IEnumerable<InputValueDefinition> inputs) =>
        string.Join(", ", inputs.Select(i => $"{i.Name}: {i.Type} = {Text(i.DefaultValueSyntax)}"));

    private static string Describe(IEnumerable<InputValueDefinitionNode> inputs) =>
        string.Join(", ", inputs.Select(i => $"{i.Name}: {Printer.Print(i.Type)} = {Text(i.DefaultValue)}"));

    [Fact]
    public void Introspection_object_types_match_appendix_D()
    {
        var objects = Definitions().OfType<ObjectTypeDefinitionNode>().ToList();
        Assert.Equal(6, objects.Count);
        foreach (var expected in objects)
        {
            var actual = Assert.IsType<ObjectType>(Schema.GetType(expected.Name));
            Assert.Equal(
                expected.Fields.Select(f => $"{f.Name}({Describe(f.Arguments)}): {Printer.Print(f.Type)}"),
                actual.Fields.Select(f => $"{f.Name}({Describe(f.Arguments)}): {f.Type}"));
            Assert.All(actual.Fields, f => Assert.NotNull(f.Resolver));
        }
    }

    [Fact]
    public void Introspection_enums_match_appendix_D()
    {
        foreach (var expected in Definitions().OfType<EnumTypeDefinitionNode>())
        {
            var actual = Assert.IsType<EnumType>(Schema.GetType(expected.Name));
            Assert.Equal(expected.Values.Select(v => v.Name), actual.Values.Select(v => v.Name));
        }
    }

    [Fact]
    public void Specified_directives_and_scalars_match_appendix_D()
    {
        var directives = Definitions().OfType<DirectiveDefinitionNode>().ToList();
        Assert.Equal(directives.Select(d => d.Name).Order(), SpecifiedDirectives.All.Select(d => d.Name).Order());
        foreach (var expected in directives)
        {
            var actual = SpecifiedDirectives.Find(expected.Name)!;
            Assert.Same(actual, Schema.GetDirective(expected.Name));
            Assert.Equal(Describe(expected.Arguments), Describe(actual.Arguments));
            Assert.Equal(expected.Locations, actual.Locations);
            Assert.Equal(expected.Repeatable, actual.IsRepeatable);
        }

        foreach (var scalar in Definitions().OfType<ScalarTypeDefinitionNode>())
        {
            Assert.NotNull(BuiltInScalars.Find(scalar.Name));
        }
    }
}
