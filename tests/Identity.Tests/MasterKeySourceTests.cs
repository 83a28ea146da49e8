using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Platform.Domain.Security;
using Platform.Identity.Hosting;
using Platform.Identity.Keys;

namespace Platform.Identity.Tests;

/// <summary>Identity takes the platform master key from the shared provider, never its own copy of the rules.</summary>
public sealed class MasterKeySourceTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("identity-master-key-").FullName;

    [Fact]
    public void Outside_development_a_missing_key_stops_the_service()
    {
        var configuration = Configuration(new() { ["PLATFORM_DATA_DIR"] = _dataDirectory });

        Assert.Throws<MasterKeyUnavailableException>(() => MasterKeySource.Resolve(configuration, new Environment("Production")));
        Assert.False(File.Exists(Path.Combine(_dataDirectory, MasterKeyProvider.DevelopmentKeyFileName)));
    }

    [Fact]
    public void In_development_the_shared_key_file_is_used_so_seeder_api_and_identity_agree()
    {
        var configuration = Configuration(new() { ["PLATFORM_DATA_DIR"] = _dataDirectory });

        var first = MasterKeySource.Resolve(configuration, new Environment("Development"));
        var again = MasterKeySource.Resolve(configuration, new Environment("Development"));

        Assert.True(File.Exists(Path.Combine(_dataDirectory, MasterKeyProvider.DevelopmentKeyFileName)));
        Assert.Equal(first.DeriveKey(SigningKeyProtector.Purpose), again.DeriveKey(SigningKeyProtector.Purpose));
    }

    [Fact]
    public void A_configured_key_wins_and_signing_keys_protected_under_it_open_only_with_it()
    {
        var bytes = RandomNumberGenerator.GetBytes(MasterKey.Length);
        var configuration = Configuration(new() { ["PLATFORM_MASTER_KEY"] = Convert.ToBase64String(bytes), ["PLATFORM_DATA_DIR"] = _dataDirectory });

        var key = MasterKeySource.Resolve(configuration, new Environment("Development"));
        var blob = new SigningKeyProtector(key).Protect([1, 2, 3], "kid-1");

        Assert.False(File.Exists(Path.Combine(_dataDirectory, MasterKeyProvider.DevelopmentKeyFileName)));
        Assert.Equal([1, 2, 3], new SigningKeyProtector(new MasterKey(bytes)).Unprotect(blob, "kid-1"));
        Assert.ThrowsAny<CryptographicException>(() =>
            new SigningKeyProtector(new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.Length))).Unprotect(blob, "kid-1"));
    }

    [Fact]
    public void A_malformed_key_is_refused_without_echoing_it()
    {
        var configuration = Configuration(new() { ["Identity:MasterKey"] = "not-base64-secret!" });

        var error = Assert.Throws<MasterKeyUnavailableException>(() => MasterKeySource.Resolve(configuration, new Environment("Production")));
        Assert.DoesNotContain("not-base64-secret", error.Message);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Platform.Identity";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
