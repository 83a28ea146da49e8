using System.Net;
using System.Net.Sockets;
using System.Text;
using Platform.GraphQL.Server.Ide;
using Platform.GraphQL.Tests.Server.External;

namespace Platform.GraphQL.Tests.Server;

/// <summary>
/// GraphiQL from the IDE's npm project (installed with npm ci when missing), served by the endpoint on real Kestrel:
/// headless Chromium renders it from the app's own files only, runs a query and a subscription through its execute
/// button; the asset route serves only the page's file types from node_modules and refuses traversal.
/// </summary>
public sealed class GraphiQLTests
{
    private const string Response = "(document.querySelector('.graphiql-response') || { textContent: '' }).textContent";
    private const string Execute = "document.querySelector('.graphiql-execute-button').click(), 'clicked'";

    [Fact]
    public async Task GraphiQL_runs_a_query_and_a_subscription_from_assets_served_by_the_app()
    {
        var assets = await IdePackages.EnsureAsync();
        await using var host = await LiveGraphQLHost.StartAsync(options => options.IdeAssetsDirectory = assets);
        await using var browser = await HeadlessChromium.StartAsync();

        await browser.NavigateAsync(new Uri(host.Endpoint + "?query=" + Uri.EscapeDataString("{ hello(name: \"graphiql\") }")));
        var rendered = await browser.WaitForAsync("String(document.querySelector('.graphiql-execute-button') !== null)", value => value is "True" or "true");
        Assert.True(rendered is "True" or "true", "GraphiQL did not render: " + await browser.EvaluateAsync("document.body.innerText"));
        Assert.Equal("GraphiQL", await browser.EvaluateAsync("document.title"));

        await browser.EvaluateAsync(Execute);
        var query = await browser.WaitForAsync(Response, text => text.Contains("Hello, graphiql!"));
        Assert.Contains("Hello, graphiql!", query);

        // A fresh load with the subscription in the URL: GraphiQL opens it in a new tab, parsed before the click
        // (an edit through the editor is parsed after a debounce, which a test cannot observe).
        await browser.NavigateAsync(new Uri(host.Endpoint + "?query=" + Uri.EscapeDataString("subscription { ticks(count: 3) }")));
        await browser.WaitForAsync("String(document.querySelector('.graphiql-execute-button') !== null && document.querySelector('.graphiql-query-editor').textContent.includes('ticks'))",
            value => value is "True" or "true");
        await browser.EvaluateAsync(Execute);
        var subscription = await browser.WaitForAsync(Response, text => text.Contains("\"ticks\": 3"));
        Assert.True(subscription.Contains("\"ticks\": 3", StringComparison.Ordinal), subscription);

        // Offline: every file the page loaded came from the app (fonts are inline data: URLs in GraphiQL's CSS).
        var foreign = await browser.EvaluateAsync(
            "performance.getEntriesByType('resource').map(e => e.name).filter(n => /^(https?|wss?):/.test(n) && !n.startsWith(location.origin)).join(' ')");
        Assert.Equal(string.Empty, foreign);
    }

    [Fact]
    public async Task The_asset_route_serves_the_page_files_with_their_types_and_refuses_everything_else()
    {
        var assets = await IdePackages.EnsureAsync();
        await using var host = await LiveGraphQLHost.StartAsync(options => options.IdeAssetsDirectory = assets);
        using var client = new HttpClient();

        using var script = await client.GetAsync(new Uri(host.Endpoint + "/ide-assets/graphiql/graphiql.min.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", script.Headers.GetValues("X-Content-Type-Options").Single());
        using var style = await client.GetAsync(new Uri(host.Endpoint + "/ide-assets/graphiql/graphiql.min.css"));
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);

        // Files of node_modules that are not page assets, missing files, and paths that leave node_modules: all 404.
        // Sent raw, because HttpClient would normalise the dot segments before they reach the server.
        foreach (var path in new[]
        {
            "/graphql/ide-assets/graphiql/package.json",
            "/graphql/ide-assets/graphiql/missing.js",
            "/graphql/ide-assets/../../package.json",
            "/graphql/ide-assets/..%2F..%2Fpackage.json",
            "/graphql/ide-assets/%2E%2E/%2E%2E/package-lock.json",
            "/graphql/ide-assets/graphiql%5C..%5C..%5Cpackage.json",
            "/graphql/ide-assets//etc/passwd",
        })
        {
            var (status, body) = await RawGetAsync(host.Endpoint, path);
            Assert.True(status == 404, $"{path} answered {status}");
            Assert.DoesNotContain("graphql-ide-assets", body);
        }
    }

    [Theory]
    [InlineData("../package.json")]
    [InlineData("graphiql/../../package.json")]
    [InlineData("graphiql/./graphiql.min.js")]
    [InlineData("/etc/passwd")]
    [InlineData("graphiql\\..\\..\\package.json")]
    [InlineData("..%2Fpackage.json")]
    [InlineData("graphiql//graphiql.min.js")]
    [InlineData("graphiql/package.json")]
    [InlineData("")]
    public async Task Resolve_refuses_traversal_and_unserved_types(string path)
    {
        var assets = await IdePackages.EnsureAsync();
        Assert.Null(IdeAssets.Resolve(assets, path));
        Assert.NotNull(IdeAssets.Resolve(assets, "graphiql/graphiql.min.js"));
    }

    [Fact]
    public async Task A_missing_assets_directory_falls_back_to_the_built_in_page()
    {
        var missing = Path.Combine(Path.GetTempPath(), "graphql-ide-assets-missing-" + Guid.NewGuid().ToString("N"));
        await using var host = await LiveGraphQLHost.StartAsync(options => options.IdeAssetsDirectory = missing);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, host.Endpoint);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>GraphQL IDE</title>", await response.Content.ReadAsStringAsync());
        using var asset = await client.GetAsync(new Uri(host.Endpoint + "/ide-assets/graphiql/graphiql.min.js"));
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    private static async Task<(int Status, string Body)> RawGetAsync(Uri endpoint, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint.Host, endpoint.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: {endpoint.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
