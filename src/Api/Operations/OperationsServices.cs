using Platform.Api.WebSockets;

namespace Platform.Api.Operations;

/// <summary>Registers and maps the operational surface: health probes, metrics and graceful shutdown.</summary>
public static class OperationsServices
{
    /// <summary>
    /// Adds readiness checks, the API's meter, the metrics collector and shutdown of sockets. <c>Api:ShutdownTimeout</c>
    /// (default 30 s) bounds how long in-flight requests may take to finish when the host stops.
    /// </summary>
    public static IServiceCollection AddApiOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<ApiMetrics>();
        services.AddSingleton<MetricsCollector>();
        services.AddSingleton<SocketRegistry>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddSingleton<IReadinessCheck>(sp => sp.GetRequiredService<DatabaseReadiness>());
        services.AddHostedService<SocketShutdown>();
        services.Configure<LoggerFilterOptions>(OperationMetricsLoggerProvider.ConfigureFilters);
        var shutdownTimeout = configuration.GetValue($"{Authentication.PlatformAuthenticationOptions.Section}:ShutdownTimeout", TimeSpan.FromSeconds(30));
        services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout);
        return services;
    }

    /// <summary>
    /// Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c>, starts the collector and connects the
    /// operation log to the metrics (after the host is built, so hosts that reset logging providers keep it).
    /// </summary>
    public static void MapApiOperations(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<MetricsCollector>();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(new OperationMetricsLoggerProvider(app.Services.GetRequiredService<ApiMetrics>()));
        HealthEndpoints.Map(app);
        MetricsEndpoint.Map(app);
    }
}
