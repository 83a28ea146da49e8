using Npgsql;
using Platform.Api.Authentication;
using Platform.Api.Callers;
using Platform.Api.Confidentiality;
using Platform.Api.Data;
using Platform.Api.Events;
using Platform.Api.Operations;
using Platform.Api.Recordings;
using Platform.Api.Schema;
using Platform.Api.WebSockets;
using Platform.GraphQL.Server;

namespace Platform.Api.Hosting;

/// <summary>Builds the insurer API's web application; used by Program and by tests.</summary>
public static class ApiApplication
{
    /// <summary>
    /// The API's configuration section: <c>Api:Authority</c> (issuer / discovery base), <c>Api:Audience</c>,
    /// <c>Api:RequireHttpsMetadata</c>, <c>Api:ClockSkew</c>, <c>Api:TenantStatusCacheDuration</c>, <c>Api:SchemaPath</c>,
    /// <c>Api:ExecutionTimeout</c> (30 s), <c>Api:MaxConcurrentRequests</c> (16 per processor), <c>Api:MaxQueuedRequests</c> (1000).
    /// </summary>
    public const string Section = PlatformAuthenticationOptions.Section;

    /// <summary>Creates the application; <paramref name="configure"/> lets tests replace services or settings.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var configuration = builder.Configuration;
        var appConnection = AppConnection.WithPreparedStatements(configuration.GetConnectionString("App")
            ?? throw new InvalidOperationException("ConnectionStrings:App is required (the platform_app role)."));

        builder.Services.AddPlatformAuthentication(configuration);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(appConnection));
        builder.Services.AddApiData();
        builder.Services.AddConfidentiality();
        builder.Services.AddApiOperations(configuration);
        builder.Services.AddRecordings(configuration);
        builder.Services.AddOutboxEvents(configuration, appConnection);
        Platform.Api.Administration.AdministrationServices.AddAdministration(builder.Services, configuration);
        builder.Services.AddSingleton<SocketAuthenticator>();
        builder.Services.AddSingleton<SocketWatch>();
        var schemaPath = configuration[$"{Section}:SchemaPath"];
        // Read when the server is first built, after `configure` below, so a host (or test) may still change the settings.
        builder.Services.AddGraphQLServer(_ => ApiSchema.Load(schemaPath), options => ConfigureServer(options, configuration), ApiSchema.FieldMiddleware);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            // Never leak exception details.
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(new { errors = new[] { new { message = "Unexpected error.", extensions = new { code = "INTERNAL_SERVER_ERROR" } } } });
        }));
        // The endpoint adds its own WebSocket middleware, but GraphQLAccessGate runs before it and must tell upgrades
        // (token in connection_init) from plain requests (token in the header) exactly as the endpoint will.
        app.UseWebSockets();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<GraphQLAccessGate>();
        app.MapApiOperations();
        app.MapRecordings();
        app.MapGraphQL("/graphql").WithMetadata(new GraphQLEndpointMetadata());
        return app;
    }

    private static void ConfigureServer(GraphQLServerOptions options, IConfiguration configuration)
    {
        // The budget cancels resolvers and, through their token, the database commands they wait for.
        options.ExecutionTimeout = configuration.GetValue<TimeSpan?>($"{Section}:ExecutionTimeout") ?? options.ExecutionTimeout;
        // Enough operations at once to keep the cores busy while others wait on PostgreSQL, and no more: each holds a
        // pooled connection, and past capacity more concurrency only makes every request slower (bench/ApiLoad/RESULTS.md).
        options.MaxConcurrentRequests = configuration.GetValue<int?>($"{Section}:MaxConcurrentRequests") ?? Environment.ProcessorCount * 16;
        options.MaxQueuedRequests = configuration.GetValue<int?>($"{Section}:MaxQueuedRequests") ?? options.MaxQueuedRequests;
        // Anonymous HTTP callers never reach the server (GraphQLAccessGate); this also covers WebSocket operations.
        options.Introspection = IntrospectionPolicy.AuthenticatedOnly;
        // Set by `./platform run` once GraphiQL is installed; unset keeps the server's built-in IDE page.
        options.IdeAssetsDirectory = Environment.GetEnvironmentVariable("PLATFORM_IDE_ASSETS");
        options.OnOperation = (http, operation) =>
        {
            operation.Items[CallerContext.ItemKey] = http.User;
            operation.Tenant = http.User.GetTenantId()?.ToString();
            operation.Client = http.User.FindFirst(PlatformClaims.ClientId)?.Value;
            OperationScope.Open(http, operation);
            return ValueTask.CompletedTask;
        };
        options.OnOperationCompleted = (http, operation, _) => OperationScope.CompleteAsync(http, operation);
        options.OnDataLoaderBatch = (loader, services) => services.GetRequiredService<ApiMetrics>().DataLoaderBatch(loader);
        options.WebSockets.OnConnectionInit = async init =>
        {
            var services = init.HttpContext.RequestServices;
            if (services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                // Shutting down: a new connection would only be closed again a moment later.
                await init.Connection.CloseAsync(SocketRegistry.GoingAway, SocketRegistry.ShuttingDown);
                return false;
            }

            var caller = await services.GetRequiredService<SocketAuthenticator>().AuthenticateAsync(init.Payload, init.Connection.Closed);
            if (caller is null)
            {
                return false;
            }

            init.User = caller.Principal;
            services.GetRequiredService<SocketWatch>().Start(init.Connection, caller);
            return true;
        };
    }
}
