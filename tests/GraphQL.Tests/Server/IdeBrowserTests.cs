using Platform.GraphQL.Tests.Server.External;

namespace Platform.GraphQL.Tests.Server;

/// <summary>
/// Headless Chromium (Debian package, installed when missing) loads the IDE page from the endpoint on real Kestrel
/// (no external asset), runs a query over HTTP and a subscription over graphql-transport-ws, and sees the results (and the errors of a refused one).
/// </summary>
public sealed class IdeBrowserTests
{
    private const string ResultPane = "document.getElementById('result') ? document.getElementById('result').textContent : ''";

    [Fact]
    public async Task The_ide_runs_a_query_and_a_subscription_in_a_real_browser()
    {
        await using var host = await LiveGraphQLHost.StartAsync();
        await using var browser = await HeadlessChromium.StartAsync();

        await browser.NavigateAsync(IdeUrl(host, "{ hello(name: \"browser\") }"));
        var query = await browser.WaitForAsync(ResultPane, text => text.Contains("Hello, browser!"));
        Assert.Contains("\"hello\": \"Hello, browser!\"", query);
        Assert.Equal("GraphQL IDE", await browser.EvaluateAsync("document.title"));

        await browser.NavigateAsync(IdeUrl(host, "subscription { ticks(count: 3) }"));
        var subscription = await browser.WaitForAsync("document.getElementById('status').textContent", text => text.StartsWith("complete", StringComparison.Ordinal));
        Assert.Equal("complete, 3 event(s)", subscription);
        var events = await browser.EvaluateAsync(ResultPane);
        Assert.Contains("\"ticks\": 1", events);
        Assert.Contains("\"ticks\": 3", events);

        // A refused document shows the errors and the HTTP status.
        await browser.NavigateAsync(IdeUrl(host, "{ nope }"));
        var refused = await browser.WaitForAsync(ResultPane, text => text.Contains("errors"));
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", refused);
        Assert.StartsWith("400", await browser.EvaluateAsync("document.getElementById('status').textContent"));
    }

    private static Uri IdeUrl(LiveGraphQLHost host, string query) =>
        new(host.Endpoint + "?run=1&query=" + Uri.EscapeDataString(query));
}
