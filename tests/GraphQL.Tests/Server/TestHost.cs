using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Server;

namespace Platform.GraphQL.Tests.Server;

/// <summary>A TestServer host with the test schema mapped at /graphql and the logs captured.</summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private GraphQLTestHost(IHost host, TestSchema schema, CapturingLoggerProvider logs)
    {
        _host = host;
        Schema = schema;
        Logs = logs;
        Server = host.GetTestServer();
        Client = Server.CreateClient();
    }

    public TestServer Server { get; }

    public HttpClient Client { get; }

    public TestSchema Schema { get; }

    public CapturingLoggerProvider Logs { get; }

    public static async Task<GraphQLTestHost> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var schema = new TestSchema();
        var logs = new CapturingLoggerProvider();
        var host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureLogging(logging => logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information))
                .ConfigureServices(services => services
                    .AddRouting()
                    .AddGraphQLServer(_ => schema.Build(), configure))
                .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapGraphQL("/graphql"))))
            .Build();
        await host.StartAsync();
        return new GraphQLTestHost(host, schema, logs);
    }

    /// <summary>POSTs a JSON body with the given Accept header.</summary>
    public Task<HttpResponseMessage> PostAsync(object body, string accept = "application/graphql-response+json") =>
        PostRawAsync(JsonSerializer.Serialize(body), accept);

    public Task<HttpResponseMessage> PostRawAsync(string body, string? accept = "application/graphql-response+json", string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.StopAsync();
        _host.Dispose();
    }
}

/// <summary>Keeps every formatted log line with its category and exception.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyList<KeyValuePair<string, object?>> State);

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // Snapshot now: some framework states read the (later disposed) HttpContext lazily.
            var values = (state as IEnumerable<KeyValuePair<string, object?>> ?? [])
                .Select(kv => KeyValuePair.Create(kv.Key, (object?)kv.Value?.ToString())).ToList();
            lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), exception, values));
        }
    }
}
