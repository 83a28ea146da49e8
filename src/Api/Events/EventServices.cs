using Npgsql;
using Platform.Api.Operations;

namespace Platform.Api.Events;

/// <summary>Registers the outbox listener, the per-process fan-out and the complaint deadline sweep.</summary>
public static class EventServices
{
    /// <summary>The configuration section of the event settings.</summary>
    public const string Section = "Api:Events";

    /// <summary>
    /// Adds the services. Settings: <c>Api:Events:SafetyPollInterval</c> (5 s), <c>Api:Events:MaxReconnectDelay</c> (10 s),
    /// <c>Api:Events:DeadlineSweepInterval</c> (30 s), <c>Api:Events:DeadlineLookback</c> (1 day).
    /// </summary>
    public static IServiceCollection AddOutboxEvents(this IServiceCollection services, IConfiguration configuration, string appConnectionString)
    {
        var listenerConnection = new NpgsqlConnectionStringBuilder(appConnectionString) { Pooling = false, KeepAlive = 15 }.ConnectionString;
        services.AddSingleton(new OutboxListenerSettings(
            listenerConnection,
            configuration.GetValue($"{Section}:MinReconnectDelay", TimeSpan.FromMilliseconds(250)),
            configuration.GetValue($"{Section}:MaxReconnectDelay", TimeSpan.FromSeconds(10)),
            configuration.GetValue($"{Section}:SafetyPollInterval", TimeSpan.FromSeconds(5))));
        services.AddSingleton<OutboxReader>();
        services.AddSingleton<OutboxFeed>();
        services.AddSingleton<OutboxListener>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxListener>());
        services.AddSingleton<IReadinessCheck>(sp => sp.GetRequiredService<OutboxListener>());
        services.AddSingleton(new Complaints.Events.DeadlineSweepSettings(
            configuration.GetValue($"{Section}:DeadlineSweepInterval", TimeSpan.FromSeconds(30)),
            configuration.GetValue($"{Section}:DeadlineLookback", TimeSpan.FromDays(1))));
        services.AddSingleton<Complaints.Events.DeadlineAlertWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Complaints.Events.DeadlineAlertWorker>());
        return services;
    }
}
