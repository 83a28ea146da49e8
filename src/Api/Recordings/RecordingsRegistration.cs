using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Platform.Api.Recordings.Access;
using Platform.Api.Recordings.Content;
using Platform.Api.Recordings.Links;
using Platform.Api.Recordings.Retention;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings.Storage;
using Platform.Domain.Security;

namespace Platform.Api.Recordings;

/// <summary>Registers and maps the recordings area: playback links, content endpoint, content store and retention purge.</summary>
public static class RecordingsRegistration
{
    /// <summary>Configuration section of the area (<c>Recordings:Purge:*</c>).</summary>
    public const string Section = "Recordings";

    /// <summary>
    /// Adds the area's services. The master key is read on first use (PLATFORM_MASTER_KEY from configuration or the
    /// environment; in Development the generated key file under PLATFORM_DATA_DIR), so hosts that never touch recording
    /// content start without one.
    /// </summary>
    public static IServiceCollection AddRecordings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TenantDatabase(sp.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(sp => LoadMasterKey(configuration, sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton(sp => RecordingLinkKey.For(sp.GetRequiredService<MasterKey>()));
        services.TryAddSingleton<PlaybackLinkSigner>();
        services.TryAddSingleton<IRecordingContentStore>(sp =>
            new PostgresRecordingContentStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<MasterKey>()));
        services.TryAddSingleton<RecordingPlayback>();
        services.TryAddSingleton<RecordingPurge>();
        services.Configure<RecordingPurgeOptions>(configuration.GetSection($"{Section}:Purge"));
        services.AddSingleton<RecordingPurgeWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RecordingPurgeWorker>());
        return services;
    }

    /// <summary>Maps <c>GET /recordings/{recordingId}/content/{link}</c>.</summary>
    public static IEndpointRouteBuilder MapRecordings(this IEndpointRouteBuilder endpoints)
    {
        RecordingContentEndpoint.Map(endpoints);
        return endpoints;
    }

    private static MasterKey LoadMasterKey(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataDirectory = configuration["PLATFORM_DATA_DIR"] ?? Path.Combine(environment.ContentRootPath, ".data");
        var configured = configuration[MasterKeySettings.EnvironmentVariable]
            ?? Environment.GetEnvironmentVariable(MasterKeySettings.EnvironmentVariable);
        return MasterKeyProvider.Load(new MasterKeySettings(configured, environment.IsDevelopment(), dataDirectory));
    }
}
