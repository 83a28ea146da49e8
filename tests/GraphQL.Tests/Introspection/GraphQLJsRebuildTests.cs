using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Server.External;
using Platform.GraphQL.Tests.Utilities;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Introspection;

/// <summary>
/// Spec section 4 judged by a standard tool: graphql-js (the reference implementation) rebuilds our schema from the
/// result of the standard introspection query with <c>buildClientSchema</c>, and must arrive at the same schema it
/// builds from our printed SDL with <c>buildSchema</c>.
/// </summary>
public sealed class GraphQLJsRebuildTests
{
    [Fact]
    public async Task Graphql_js_rebuilds_from_our_introspection_exactly_the_schema_of_our_sdl()
    {
        var schema = SchemaPrinterTests.KitchenSinkBuilder().Build();
        var result = await new Executor(schema).ExecuteAsync(new ExecutionArgs { Document = Parser.Parse(IntrospectionQuery.Text) });
        Assert.True(result.Errors is null || result.Errors.Count == 0);
        using var introspection = JsonDocument.Parse(ExecutionResultJson.Serialize(result));
        var sdl = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = false });

        var directory = await AuditPackages.EnsureAsync();
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { introspection = introspection.RootElement.GetProperty("data"), sdl }));
            var run = await ExternalCommand.RunAsync("node", ["rebuild-schema.mjs", input], TimeSpan.FromMinutes(1), directory);
            Assert.True(run.ExitCode == 0, run.ToString());

            var printed = JsonDocument.Parse(run.Output).RootElement;
            var fromIntrospection = printed.GetProperty("fromIntrospection").GetString()!;
            Assert.Equal(printed.GetProperty("fromSdl").GetString(), fromIntrospection);
            // The comparison is not between two empty schemas: the kitchen sink's features made it through.
            Assert.Contains("input CustomerKey @oneOf", fromIntrospection);
            Assert.Contains("@specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", fromIntrospection);
            Assert.Contains("directive @pii", fromIntrospection);
            Assert.Contains("@deprecated(reason: \"Use `search`.\")", fromIntrospection);
        }
        finally
        {
            File.Delete(input);
        }
    }
}
