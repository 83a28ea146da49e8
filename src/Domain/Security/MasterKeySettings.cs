namespace Platform.Domain.Security;

/// <summary>Inputs that decide where the master key comes from.</summary>
/// <param name="ConfiguredKey">Base64 of 32 bytes from configuration (e.g. PLATFORM_MASTER_KEY), or null.</param>
/// <param name="IsDevelopment">Only Development may fall back to a generated key file.</param>
/// <param name="DataDirectory">The `.data/` directory that holds the development key file.</param>
public sealed record MasterKeySettings(string? ConfiguredKey, bool IsDevelopment, string DataDirectory)
{
    /// <summary>Environment variable that carries the master key outside Development.</summary>
    public const string EnvironmentVariable = "PLATFORM_MASTER_KEY";

    /// <summary>Reads the key and the hosting environment name the way ASP.NET Core does (unset means Production).</summary>
    public static MasterKeySettings FromEnvironment(string dataDirectory)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? "Production";
        return new MasterKeySettings(
            Environment.GetEnvironmentVariable(EnvironmentVariable),
            string.Equals(environment, "Development", StringComparison.OrdinalIgnoreCase),
            dataDirectory);
    }
}
