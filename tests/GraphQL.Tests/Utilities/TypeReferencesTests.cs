using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Utilities;

public sealed class TypeReferencesTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { n: Node }
            interface Node { id: ID }
            interface Named implements Node { id: ID name: String }
            type Dog implements Node & Named { id: ID name: String }
            type Cat implements Node { id: ID }
            type Bird { id: ID }
            union Pet = Dog | Cat
            union Flyer = Bird
            """)
        .Bind("Query", "n", _ => new ValueTask<object?>((object?)null))
        .Build();

    private static GraphType T(string reference) => TypeReferences.TypeFromAst(Schema, Parser.ParseType(reference))!;

    private static NamedType N(string name) => Schema.GetType(name)!;

    [Fact]
    public void TypeFromAst_builds_wrappers_and_returns_null_for_unknown_names()
    {
        Assert.Equal("[Dog!]!", T("[Dog!]!").ToString());
        Assert.Same(N("Dog"), T("[Dog!]!").GetNamedType());
        Assert.Null(TypeReferences.TypeFromAst(Schema, Parser.ParseType("[Unknown]")));
    }

    [Fact]
    public void Wrapper_types_compare_structurally()
    {
        Assert.True(TypeReferences.IsEqualType(T("[ID!]"), T("[ID!]")));
        Assert.False(TypeReferences.IsEqualType(T("[ID!]"), T("[ID]!")));
    }

    [Theory]
    [InlineData("Dog", "Node", true)]
    [InlineData("Dog!", "Node", true)]
    [InlineData("Node", "Node!", false)]
    [InlineData("[Dog!]!", "[Node]", true)]
    [InlineData("[Node]", "[Dog]", false)]
    [InlineData("Named", "Node", true)]
    [InlineData("Dog", "Pet", true)]
    [InlineData("Bird", "Pet", false)]
    [InlineData("Dog", "[Dog]", false)]
    [InlineData("[Dog]", "Dog", false)]
    public void IsTypeSubTypeOf_follows_covariance(string sub, string super, bool expected) =>
        Assert.Equal(expected, TypeReferences.IsTypeSubTypeOf(Schema, T(sub), T(super)));

    [Theory]
    [InlineData("Dog", "Dog", true)]
    [InlineData("Dog", "Cat", false)]
    [InlineData("Dog", "Pet", true)]
    [InlineData("Pet", "Named", true)]
    [InlineData("Cat", "Named", false)]
    [InlineData("Flyer", "Pet", false)]
    [InlineData("Node", "Bird", false)]
    public void DoTypesOverlap_checks_shared_runtime_types(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypeReferences.DoTypesOverlap(Schema, N(a), N(b)));
        Assert.Equal(expected, TypeReferences.DoTypesOverlap(Schema, N(b), N(a)));
    }
}
