using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    // Written in printer style, so printing the schema built from it must reproduce it byte for byte.
    internal const string KitchenSink = """"
        schema @contact(team: "claims") {
          query: Root
          mutation: Change
        }

        "Requires one of the roles."
        directive @authorize(roles: [Role!]!) on OBJECT | FIELD_DEFINITION

        directive @pii(kind: String = "contact") repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        directive @contact(team: String!) on SCHEMA

        """
        Entry points of the API.
        Second line of the description.
        """
        type Root @authorize(roles: [AGENT]) {
          customer(id: ID!): Customer
          node(id: ID!): Node
          search(text: String = "x", first: Int = 10, filter: CustomerFilter = {status: ACTIVE, tags: ["a"]}): [SearchResult!]!
          legacy: String @deprecated
          older(
            "The old argument."
            old: Int @deprecated(reason: "Use new.")
            new: Int
          ): String @deprecated(reason: "Use `search`.")
        }

        type Change {
          rename(input: RenameInput!): Customer @authorize(roles: [ADMIN, AGENT])
        }

        "Something with an id."
        interface Node {
          id: ID!
        }

        interface Party implements Node {
          id: ID!
          name: String
        }

        type Customer implements Node & Party {
          id: ID!
          name: String @pii(kind: "name") @pii
          born: Date
          balance: Decimal
          updatedAt: DateTime
          key: UUID
          big: Long
          risk: Role
        }

        type Policy implements Node {
          id: ID!
          number: String!
        }

        union SearchResult = Customer | Policy

        enum Role {
          ADMIN
          "Front line."
          AGENT
          AUDITOR @deprecated(reason: "Merged into ADMIN.")
        }

        enum Status {
          ACTIVE
          CLOSED
        }

        input CustomerFilter {
          status: Status
          tags: [String!]
          legacyFlag: Boolean @deprecated
        }

        input RenameInput {
          id: ID!
          name: String! = "unknown"
          by: CustomerKey
        }

        input CustomerKey @oneOf {
          id: ID
          email: String
        }

        scalar Date

        scalar Decimal

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        scalar UUID

        scalar Long

        """
        A very long description of a scalar that goes on and on beyond seventy characters in total.
        """
        scalar Json @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc8259")
        """";

    internal static SchemaBuilder KitchenSinkBuilder() => new SchemaBuilder()
        .AddTypeDefinitions(KitchenSink)
        .AddScalar(new PassThroughScalarType("Json"))
        .Bind("Root", "customer", _ => new ValueTask<object?>((object?)null))
        .Bind("Root", "node", _ => new ValueTask<object?>((object?)null))
        .Bind("Root", "search", _ => new ValueTask<object?>((object?)null))
        .Bind("Root", "legacy", _ => new ValueTask<object?>((object?)null))
        .Bind("Root", "older", _ => new ValueTask<object?>((object?)null))
        .Bind("Change", "rename", _ => new ValueTask<object?>((object?)null));

    [Fact]
    public void Printing_a_schema_built_from_printer_style_sdl_reproduces_the_sdl()
    {
        var schema = KitchenSinkBuilder().Build();

        var printed = SchemaPrinter.Print(schema);

        Assert.Equal(KitchenSink + "\n", printed);
    }

    [Fact]
    public void Printed_sdl_builds_an_equal_schema()
    {
        var printed = SchemaPrinter.Print(KitchenSinkBuilder().Build());

        var rebuilt = new SchemaBuilder()
            .AddTypeDefinitions(printed)
            .AddScalar(new PassThroughScalarType("Json"))
            .BindType("Root", MemberResolver.For)
            .BindType("Change", MemberResolver.For)
            .Build();

        Assert.Equal(printed, SchemaPrinter.Print(rebuilt));
    }

    [Fact]
    public void Without_applied_directives_only_introspectable_directives_are_printed()
    {
        var printed = SchemaPrinter.Print(KitchenSinkBuilder().Build(), new SchemaPrinterOptions { IncludeAppliedDirectives = false });

        Assert.DoesNotContain("@authorize(roles: [AGENT])", printed);
        Assert.DoesNotContain("@pii(kind: \"name\")", printed);
        Assert.Contains("directive @authorize(roles: [Role!]!) on OBJECT | FIELD_DEFINITION", printed);
        Assert.Contains("AUDITOR @deprecated(reason: \"Merged into ADMIN.\")", printed);
        Assert.Contains("input CustomerKey @oneOf {", printed);
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", printed);
        Assert.StartsWith("schema {\n  query: Root\n  mutation: Change\n}\n", printed);
    }

    [Fact]
    public void A_schema_with_default_root_names_prints_no_schema_definition()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int }")
            .Bind("Query", "a", _ => new ValueTask<object?>(1))
            .Build();

        Assert.Equal("type Query {\n  a: Int\n}\n", SchemaPrinter.Print(schema));
    }
}
