using System.Security.Cryptography;
using Platform.Api.Relay;
using Platform.Domain.Security;

namespace Platform.Api.Tests.Recordings;

/// <summary>
/// The master key shared by the test stack's API and the tests that store content directly. The API reads
/// PLATFORM_MASTER_KEY on first use of recording content, so it is set for the process before the first test.
/// </summary>
public static class RecordingKeys
{
    private static readonly Lazy<MasterKey> Key = new(() =>
    {
        var configured = Environment.GetEnvironmentVariable(MasterKeySettings.EnvironmentVariable);
        if (string.IsNullOrEmpty(configured))
        {
            configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MasterKey.Length));
            Environment.SetEnvironmentVariable(MasterKeySettings.EnvironmentVariable, configured);
        }

        return MasterKeyProvider.Load(new MasterKeySettings(configured, IsDevelopment: false, DataDirectory: Path.GetTempPath()));
    });

    /// <summary>The key.</summary>
    public static MasterKey MasterKey => Key.Value;

    /// <summary>Makes sure the key exists and the environment carries it.</summary>
    public static void EnsureConfigured() => _ = Key.Value;

    /// <summary>The global id of a recording.</summary>
    public static string GlobalId(Guid recording) => Platform.Api.Relay.GlobalId.Encode("Recording", recording);
}
