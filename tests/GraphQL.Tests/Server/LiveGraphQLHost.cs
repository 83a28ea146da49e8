using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Server;

namespace Platform.GraphQL.Tests.Server;

/// <summary>
/// The test schema served by real Kestrel on a free loopback port, for clients outside the process
/// (the graphql-http audit under node, headless Chromium).
/// </summary>
public sealed class LiveGraphQLHost : IAsyncDisposable
{
    private readonly IHost _host;

    private LiveGraphQLHost(IHost host, Uri endpoint)
    {
        _host = host;
        Endpoint = endpoint;
    }

    /// <summary>The absolute URL of /graphql.</summary>
    public Uri Endpoint { get; }

    public static async Task<LiveGraphQLHost> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var schema = new TestSchema();
        var host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0))
                .ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning))
                .ConfigureServices(services => services
                    .AddRouting()
                    .AddGraphQLServer(_ => schema.Build(), configure))
                .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapGraphQL("/graphql"))))
            .Build();
        await host.StartAsync();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveGraphQLHost(host, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
