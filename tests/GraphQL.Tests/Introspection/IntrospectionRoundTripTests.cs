using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Utilities;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Introspection;

/// <summary>Introspection (spec section 4) executed for real, and the schema rebuilt from its result.</summary>
public sealed class IntrospectionRoundTripTests
{
    private static readonly SchemaPrinterOptions Standard = new() { IncludeAppliedDirectives = false };

    private static async Task<JsonElement> Execute(Schema schema, string query)
    {
        var result = await new Executor(schema).ExecuteAsync(new ExecutionArgs { Document = Parser.Parse(query) });
        Assert.True(result.Errors is null || result.Errors.Count == 0, string.Join("\n", result.Errors?.Select(e => e.Message) ?? []));
        using var document = JsonDocument.Parse(ExecutionResultJson.Serialize(result));
        return document.RootElement.GetProperty("data").Clone();
    }

    [Fact]
    public async Task The_standard_introspection_query_rebuilds_exactly_the_printed_schema()
    {
        var schema = SchemaPrinterTests.KitchenSinkBuilder().Build();

        var data = await Execute(schema, IntrospectionQuery.Text);
        var rebuilt = IntrospectionSchemaReader.Read(data);

        Assert.Equal(SchemaPrinter.Print(schema, Standard), SchemaPrinter.Print(rebuilt, Standard));
    }

    [Fact]
    public async Task Rebuilt_schema_keeps_descriptions_defaults_deprecations_and_oneOf()
    {
        var schema = SchemaPrinterTests.KitchenSinkBuilder().Build();

        var rebuilt = IntrospectionSchemaReader.Read(await Execute(schema, IntrospectionQuery.Text));

        var root = rebuilt.QueryType;
        Assert.Equal("Root", root.Name);
        Assert.Equal("Change", rebuilt.MutationType!.Name);
        Assert.StartsWith("Entry points of the API.", root.Description);
        Assert.Equal("Use `search`.", root.GetField("older")!.DeprecationReason);
        Assert.Equal("Use new.", root.GetField("older")!.GetArgument("old")!.DeprecationReason);
        var filterDefault = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(root.GetField("search")!.GetArgument("filter")!.DefaultValue);
        Assert.Equal("ACTIVE", filterDefault["status"]);
        Assert.True(((InputObjectType)rebuilt.GetType("CustomerKey")!).IsOneOf);
        Assert.True(((InputObjectType)rebuilt.GetType("CustomerFilter")!).GetField("legacyFlag")!.IsDeprecated);
        Assert.True(rebuilt.GetDirective("pii")!.IsRepeatable);
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", ((ScalarType)rebuilt.GetType("DateTime")!).SpecifiedByUrl);
    }

    [Fact]
    public async Task IncludeDeprecated_controls_deprecated_fields_arguments_input_fields_and_values()
    {
        var schema = SchemaPrinterTests.KitchenSinkBuilder().Build();

        var data = await Execute(schema, """
            {
              root: __type(name: "Root") {
                visible: fields { name }
                all: fields(includeDeprecated: true) { name args { name } allArgs: args(includeDeprecated: true) { name } }
              }
              role: __type(name: "Role") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              filter: __type(name: "CustomerFilter") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
            }
            """);

        var root = data.GetProperty("root");
        Assert.Equal(["customer", "node", "search"], Names(root.GetProperty("visible")));
        Assert.Equal(["customer", "node", "search", "legacy", "older"], Names(root.GetProperty("all")));
        var older = root.GetProperty("all")[4];
        Assert.Equal(["new"], Names(older.GetProperty("args")));
        Assert.Equal(["old", "new"], Names(older.GetProperty("allArgs")));
        Assert.Equal(["ADMIN", "AGENT"], Names(data.GetProperty("role").GetProperty("enumValues")));
        var auditor = data.GetProperty("role").GetProperty("all")[2];
        Assert.True(auditor.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Merged into ADMIN.", auditor.GetProperty("deprecationReason").GetString());
        Assert.Equal(["status", "tags"], Names(data.GetProperty("filter").GetProperty("inputFields")));
        Assert.Equal(["status", "tags", "legacyFlag"], Names(data.GetProperty("filter").GetProperty("all")));
    }

    [Fact]
    public async Task Type_kinds_wrappers_possible_types_and_kind_specific_nulls()
    {
        var schema = SchemaPrinterTests.KitchenSinkBuilder().Build();

        var data = await Execute(schema, """
            {
              node: __type(name: "Node") { kind possibleTypes { name } fields { name } enumValues { name } inputFields { name } isOneOf ofType { name } }
              party: __type(name: "Party") { kind interfaces { name } possibleTypes { name } }
              result: __type(name: "SearchResult") { kind possibleTypes { name } fields { name } }
              key: __type(name: "CustomerKey") { kind isOneOf fields { name } }
              date: __type(name: "DateTime") { kind specifiedByURL isOneOf }
              root: __type(name: "Root") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
              missing: __type(name: "Nope") { name }
            }
            """);

        var node = data.GetProperty("node");
        Assert.Equal("INTERFACE", node.GetProperty("kind").GetString());
        Assert.Equal(["Customer", "Policy"], Names(node.GetProperty("possibleTypes")));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("enumValues").ValueKind);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("inputFields").ValueKind);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("isOneOf").ValueKind);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("ofType").ValueKind);
        Assert.Equal(["Node"], Names(data.GetProperty("party").GetProperty("interfaces")));
        Assert.Equal(["Customer"], Names(data.GetProperty("party").GetProperty("possibleTypes")));
        Assert.Equal(["Customer", "Policy"], Names(data.GetProperty("result").GetProperty("possibleTypes")));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("result").GetProperty("fields").ValueKind);
        Assert.True(data.GetProperty("key").GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("key").GetProperty("fields").ValueKind);
        Assert.Equal("SCALAR", data.GetProperty("date").GetProperty("kind").GetString());
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", data.GetProperty("date").GetProperty("specifiedByURL").GetString());
        var search = data.GetProperty("root").GetProperty("fields")[2].GetProperty("type");
        Assert.Equal("NON_NULL", search.GetProperty("kind").GetString());
        Assert.Equal("LIST", search.GetProperty("ofType").GetProperty("kind").GetString());
        Assert.Equal("NON_NULL", search.GetProperty("ofType").GetProperty("ofType").GetProperty("kind").GetString());
        Assert.Equal("SearchResult", search.GetProperty("ofType").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Fact]
    public async Task Schema_lists_types_directives_and_default_values_as_graphql_text()
    {
        var schema = SchemaPrinterTests.KitchenSinkBuilder().Build();

        var data = await Execute(schema, """
            {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { name }
                directives { name isRepeatable locations args { name defaultValue } }
              }
              root: __type(name: "Root") { fields { name args { name defaultValue } } }
            }
            """);

        var schemaData = data.GetProperty("__schema");
        Assert.Equal("Root", schemaData.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schemaData.GetProperty("subscriptionType").ValueKind);
        var typeNames = Names(schemaData.GetProperty("types"));
        Assert.Contains("__Schema", typeNames);
        Assert.Contains("__DirectiveLocation", typeNames);
        Assert.Contains("String", typeNames);
        Assert.Contains("Boolean", typeNames);
        var directives = schemaData.GetProperty("directives");
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf", "authorize", "pii", "contact"], Names(directives));
        Assert.Equal("\"No longer supported\"", directives[2].GetProperty("args")[0].GetProperty("defaultValue").GetString());
        Assert.Equal(["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"], directives[0].GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        Assert.True(directives[6].GetProperty("isRepeatable").GetBoolean());
        var searchArgs = data.GetProperty("root").GetProperty("fields")[2].GetProperty("args");
        Assert.Equal("\"x\"", searchArgs[0].GetProperty("defaultValue").GetString());
        Assert.Equal("10", searchArgs[1].GetProperty("defaultValue").GetString());
        Assert.Equal("{status: ACTIVE, tags: [\"a\"]}", searchArgs[2].GetProperty("defaultValue").GetString());
    }

    private static List<string?> Names(JsonElement list) =>
        list.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
}
