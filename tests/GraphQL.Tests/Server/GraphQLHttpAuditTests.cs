using System.Text.Json;
using Platform.GraphQL.Tests.Server.External;

namespace Platform.GraphQL.Tests.Server;

/// <summary>
/// The public graphql-http audit suite (npm <c>graphql-http</c>, pinned by bench/Server/audit/package-lock.json) run by
/// node against the endpoint on real Kestrel: every MUST and every SHOULD of GraphQL over HTTP must pass.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_MUST_and_SHOULD_audit_of_graphql_http_passes()
    {
        var audit = await AuditPackages.EnsureAsync();

        await using var host = await LiveGraphQLHost.StartAsync();
        var run = await ExternalCommand.RunAsync("node", ["audit.mjs"], TimeSpan.FromMinutes(2), audit,
            new Dictionary<string, string> { ["GRAPHQL_URL"] = host.Endpoint.ToString() });

        var lines = run.Output.Trim().Split('\n');
        Assert.True(lines[^1].StartsWith('{'), $"the audit printed no summary: {run}");
        var summary = JsonDocument.Parse(lines[^1]).RootElement;
        var failed = summary.GetProperty("failedRequired").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.True(failed.Count == 0, "failed MUST/SHOULD audits:\n" + string.Join('\n', failed));
        Assert.Equal(0, run.ExitCode);

        // The suite is not empty and every audit, MAY included, passes against this server.
        Assert.True(summary.GetProperty("must").GetInt32() >= 10, run.Output);
        Assert.True(summary.GetProperty("should").GetInt32() >= 10, run.Output);
        Assert.Equal(summary.GetProperty("total").GetInt32(), summary.GetProperty("ok").GetInt32());
    }
}
