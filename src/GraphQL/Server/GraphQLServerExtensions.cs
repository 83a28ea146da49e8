using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Engine;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Server.Http;
using Platform.GraphQL.Server.Ide;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Server;

/// <summary>Registration of the GraphQL server: <c>services.AddGraphQLServer(...)</c> then <c>app.MapGraphQL()</c>.</summary>
public static class GraphQLServerExtensions
{
    /// <summary>
    /// Registers a <see cref="GraphQLServer"/> singleton whose engine is built from the schema with the server's limits,
    /// error masking (correlation ids) and the given field middleware.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schema,
        Action<GraphQLServerOptions>? configure = null,
        IReadOnlyList<FieldMiddleware>? fieldMiddleware = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        services.AddSingleton(provider =>
        {
            var options = new GraphQLServerOptions();
            configure?.Invoke(options);
            var loggers = provider.GetService<ILoggerFactory>();
            var engine = new GraphQLEngine(schema(provider), GraphQLServer.CreateEngineOptions(options, loggers, fieldMiddleware));
            return new GraphQLServer(engine, options, loggers);
        });
        return services;
    }

    /// <summary>Maps the registered server at <paramref name="pattern"/> (HTTP, WebSocket, SSE and the IDE).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapGraphQL(pattern, endpoints.ServiceProvider.GetRequiredService<GraphQLServer>());

    /// <summary>Maps a server for an engine the host built itself.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLEngine engine, GraphQLServerOptions? options = null) =>
        endpoints.MapGraphQL(pattern, new GraphQLServer(engine, options ?? new GraphQLServerOptions(), endpoints.ServiceProvider.GetService<ILoggerFactory>()));

    /// <summary>Maps a server at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLServer server)
    {
        var handler = new GraphQLHttpHandler(server);

        // The WebSocket middleware runs only for this endpoint, so the host needs no app-wide UseWebSockets; and only
        // for upgrade requests, so plain POSTs (the hot path) skip its per-request feature allocation.
        var sockets = endpoints.CreateApplicationBuilder()
            .UseWebSockets()
            .Use(_ => handler.InvokeAsync)
            .Build();
        RequestDelegate pipeline = http => IsUpgrade(http) ? sockets(http) : handler.InvokeAsync(http);
        // A group, so conventions the host adds (metadata, authorization) cover the IDE's files like the endpoint.
        var group = endpoints.MapGroup(pattern);
        group.Map(string.Empty, pipeline).WithDisplayName("GraphQL " + pattern);
        group.MapGet(IdeAssets.Segment + "/{**path}", http => IdeAssets.ServeAsync(http, server.Options)).WithDisplayName("GraphQL IDE assets " + pattern);
        return group;
    }

    private static bool IsUpgrade(HttpContext http) =>
        http.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true
        || http.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true;
}
