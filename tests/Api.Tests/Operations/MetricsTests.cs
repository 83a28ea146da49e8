using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary><c>/metrics</c> over the real stack: Prometheus text fed by the server's per-operation record.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class MetricsTests(ApiEnvironment environment)
{
    private ApiStack Stack => environment.Stack;

    [Fact]
    public async Task Operations_are_counted_per_tenant_and_timed_in_a_histogram()
    {
        var (tenant, _, token) = await Stack.TenantWithClientAsync("metrics-ops", "AGENT");
        var before = await ScrapeAsync();

        for (var i = 0; i < 3; i++)
        {
            using var response = await Stack.GraphQLAsync("{ me { subject } }", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var after = await ScrapeAsync();
        var series = $"platform_api_graphql_operations_total{{operation_type=\"query\",tenant=\"{tenant}\",transport=\"http\"}}";
        Assert.False(before.ContainsKey(series));
        Assert.Equal(3, after[series]);

        var histogram = "platform_api_graphql_operation_duration_seconds";
        var labels = "operation_type=\"query\",transport=\"http\"";
        var count = after[$"{histogram}_count{{{labels}}}"];
        Assert.True(count - before.GetValueOrDefault($"{histogram}_count{{{labels}}}") >= 3);
        Assert.Equal(count, after[$"{histogram}_bucket{{{labels},le=\"+Inf\"}}"]);
        Assert.True(after[$"{histogram}_sum{{{labels}}}"] > 0);
        var buckets = after.Where(p => p.Key.StartsWith($"{histogram}_bucket{{{labels},", StringComparison.Ordinal)).Select(p => p.Value).ToList();
        Assert.Equal(buckets.Order(), buckets);
    }

    [Fact]
    public async Task Errors_are_counted_by_their_code()
    {
        var (_, _, token) = await Stack.TenantWithClientAsync("metrics-errors", "AGENT");
        using var response = await Stack.GraphQLAsync("{ noSuchField }", token);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var code = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
        Assert.False(string.IsNullOrEmpty(code));
        var before = await ScrapeAsync();

        using (await Stack.GraphQLAsync("{ noSuchField }", token))
        {
        }

        using (await Stack.GraphQLAsync("{ noSuchField anotherMissingField }", token))
        {
        }

        var after = await ScrapeAsync();
        // Validation runs before the tenant is attached to the operation, so these errors count under tenant "none".
        var series = $"platform_api_graphql_errors_total{{code=\"{code}\",tenant=\"none\"}}";
        Assert.Equal(2, after[series] - before.GetValueOrDefault(series));
    }

    [Fact]
    public async Task Open_authenticated_sockets_are_a_gauge()
    {
        var (_, _, token) = await Stack.TenantWithClientAsync("metrics-sockets", "AGENT");
        const string gauge = "platform_api_websocket_connections_active";
        var before = (await ScrapeAsync()).GetValueOrDefault(gauge);

        var socket = await GraphQLSocket.ConnectAsync(Stack);
        await socket.InitAsync(new { authorization = "Bearer " + token });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
        var open = (await ScrapeAsync())[gauge];
        await socket.DisposeAsync();
        var closed = await ScrapeUntilAsync(m => m.GetValueOrDefault(gauge) == before);

        Assert.Equal(before + 1, open);
        Assert.Equal(before, closed.GetValueOrDefault(gauge));
    }

    [Fact]
    public async Task DataLoader_batches_are_counted_by_the_loaders_name()
    {
        var (_, _, token) = await Stack.TenantWithClientAsync("metrics-loaders", "SUPERVISOR");
        const string series = "platform_api_dataloader_batches_total{loader=\"node\"}";
        var lookups = string.Join(" ", Enumerable.Range(0, 3).Select(i => $"n{i}: node(id: \"{Platform.Api.Relay.GlobalId.Encode("Customer", Guid.NewGuid())}\") {{ id }}"));
        var before = (await ScrapeAsync()).GetValueOrDefault(series);

        // Three lookups of one type in one operation are one batch; a second operation is a second batch.
        for (var i = 0; i < 2; i++)
        {
            using var response = await Stack.GraphQLAsync("{ " + lookups + " }", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before + 2, (await ScrapeAsync())[series]);
    }

    [Fact]
    public async Task Active_subscriptions_are_a_gauge_per_tenant()
    {
        var (tenant, _, token) = await Stack.TenantWithClientAsync("metrics-subscriptions", "SUPERVISOR");
        var series = $"platform_api_subscriptions_active{{tenant=\"{tenant}\"}}";

        var socket = await Subscriber.SubscribeAsync(Stack, token, tenant, "subscription { complaintStatusChanged { cursor } }");
        var open = (await ScrapeAsync()).GetValueOrDefault(series);
        await socket.DisposeAsync();
        var closed = await ScrapeUntilAsync(m => m.GetValueOrDefault(series) == 0);

        Assert.Equal(1, open);
        Assert.Equal(0, closed[series]);
    }

    [Fact]
    public async Task The_exposition_is_prometheus_text_with_help_and_type_for_every_metric()
    {
        var (_, _, token) = await Stack.TenantWithClientAsync("metrics-format", "AGENT");
        using (await Stack.GraphQLAsync("{ me { subject } }", token))
        {
        }

        using var response = await Stack.Api.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var typed = new HashSet<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                typed.Add(line.Split(' ')[2]);
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a valid sample line: {line}");
            var name = match.Groups["name"].Value;
            Assert.Contains(typed, t => name == t || name == t + "_bucket" || name == t + "_sum" || name == t + "_count");
        }

        Assert.Contains("platform_api_graphql_operations_total", typed);
        Assert.DoesNotContain("Bearer", text);
    }

    /// <summary>Every sample of the exposition by its full series text (name and labels).</summary>
    private async Task<Dictionary<string, double>> ScrapeAsync()
    {
        var text = await Stack.Api.GetStringAsync("/metrics");
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            samples[line[..space]] = line[(space + 1)..] switch
            {
                "+Inf" => double.PositiveInfinity,
                var number => double.Parse(number, CultureInfo.InvariantCulture),
            };
        }

        return samples;
    }

    // The gauge drops when the server has processed the close; poll for that instead of sleeping a fixed time.
    private async Task<Dictionary<string, double>> ScrapeUntilAsync(Func<Dictionary<string, double>, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var samples = await ScrapeAsync();
            if (condition(samples) || timeout.IsCancellationRequested)
            {
                return samples;
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\.)*",?)*\})? (-?[0-9.eE+-]+|\+Inf|-Inf|NaN)$""")]
    private static partial Regex SampleLine();
}
