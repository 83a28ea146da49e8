using Platform.Domain.Security;

namespace Platform.Identity.Hosting;

/// <summary>Obtains the platform master key for the token service through <see cref="MasterKeyProvider"/>.</summary>
public static class MasterKeySource
{
    /// <summary>
    /// The key from <c>Identity:MasterKey</c> or <c>PLATFORM_MASTER_KEY</c> (base64 of 32 bytes); in Development without
    /// either, the generated key file under <c>PLATFORM_DATA_DIR</c> (default <c>./.data</c>) that the seeder and the API
    /// share. Outside Development a missing key stops the service: signing keys are never stored in clear.
    /// </summary>
    public static MasterKey Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Identity:MasterKey"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = configuration[MasterKeySettings.EnvironmentVariable];
        }

        var dataDirectory = configuration["PLATFORM_DATA_DIR"] ?? Path.Combine(environment.ContentRootPath, ".data");
        return MasterKeyProvider.Load(new MasterKeySettings(configured, environment.IsDevelopment(), dataDirectory));
    }
}
