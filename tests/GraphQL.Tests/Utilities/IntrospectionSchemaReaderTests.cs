using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Utilities;

/// <summary>Rebuilding a schema from introspection JSON (buildClientSchema); the full round trip is in Introspection tests.</summary>
public sealed class IntrospectionSchemaReaderTests
{
    private const string Minimal = """
        {"data": {"__schema": {
          "description": null,
          "queryType": {"name": "Query", "kind": "OBJECT"},
          "mutationType": null,
          "subscriptionType": null,
          "types": [
            {"kind": "OBJECT", "name": "Query", "description": "Root.", "fields": [
              {"name": "when", "description": null, "args": [
                {"name": "n", "description": null, "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "SCALAR", "name": "Int", "ofType": null}},
                 "defaultValue": "3", "isDeprecated": false, "deprecationReason": null}],
               "type": {"kind": "SCALAR", "name": "Moment", "ofType": null}, "isDeprecated": true, "deprecationReason": null}],
             "inputFields": null, "interfaces": [], "enumValues": null, "possibleTypes": null},
            {"kind": "SCALAR", "name": "Moment", "description": null, "specifiedByURL": "https://example.com/moment"},
            {"kind": "SCALAR", "name": "Int", "description": "built in"},
            {"kind": "OBJECT", "name": "__Schema", "description": null, "fields": []}
          ],
          "directives": [
            {"name": "skip", "description": null, "isRepeatable": false, "locations": ["FIELD"], "args": []},
            {"name": "audit", "description": "Logged.", "isRepeatable": true, "locations": ["FIELD_DEFINITION", "OBJECT"], "args": []}
          ]
        }}}
        """;

    [Fact]
    public void Reads_types_scalars_defaults_deprecations_and_custom_directives()
    {
        var schema = IntrospectionSchemaReader.Read(Minimal);

        var field = schema.QueryType.GetField("when")!;
        Assert.Equal("Root.", schema.QueryType.Description);
        Assert.Equal("No longer supported", field.DeprecationReason);
        Assert.Equal(3, field.GetArgument("n")!.DefaultValue);
        Assert.Equal("Int!", field.GetArgument("n")!.Type.ToString());
        var moment = Assert.IsType<PassThroughScalarType>(field.Type);
        Assert.Equal("https://example.com/moment", moment.SpecifiedByUrl);
        Assert.Same(BuiltInScalars.Int, schema.GetType("Int"));
        Assert.Same(SpecifiedDirectives.Skip, schema.GetDirective("skip"));
        Assert.True(schema.GetDirective("audit")!.IsRepeatable);
        Assert.Null(field.Resolver);
    }

    [Theory]
    [InlineData("""{"data": {}}""", "Expected an introspection result")]
    [InlineData("""{"__schema": {"types": [{"kind": "WEIRD", "name": "X"}]}}""", "unknown kind \"WEIRD\"")]
    [InlineData("""{"__schema": {"types": [{"kind": "OBJECT", "name": "Q", "fields": [{"name": "a", "type": {"kind": "SCALAR", "name": "Nope"}}]}]}}""", "Type reference \"Nope\" is not among the introspected types.")]
    [InlineData("""{"__schema": {"types": [{"kind": "OBJECT", "name": "Q", "fields": [{"name": "a", "type": {"kind": "LIST"}}]}]}}""", "has no \"ofType\"")]
    [InlineData("""{"__schema": {"types": []}}""", "has no query type")]
    public void Malformed_results_fail_with_a_clear_message(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => IntrospectionSchemaReader.Read(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_invalid_introspected_schema_is_refused() =>
        Assert.Throws<SchemaValidationException>(() => IntrospectionSchemaReader.Read("""
            {"__schema": {"queryType": {"name": "Q"}, "types": [{"kind": "OBJECT", "name": "Q", "fields": []}]}}
            """));
}
