using System.Runtime.Versioning;
using System.Security.Cryptography;
using Platform.Domain.Security;

namespace Platform.Domain.Tests.Security;

/// <summary>R-REC-01 secrets: a configured key wins, Development generates one key file, elsewhere a missing key refuses startup.</summary>
[Trait("Rule", "R-REC-01")]
[UnsupportedOSPlatform("windows")]
public sealed class MasterKeyProviderTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "seed-masterkey-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void R_REC_01_outside_development_without_a_key_startup_is_refused_with_instructions()
    {
        var refusal = Assert.Throws<MasterKeyUnavailableException>(
            () => MasterKeyProvider.Load(new MasterKeySettings(null, IsDevelopment: false, _dataDirectory)));

        Assert.Contains("PLATFORM_MASTER_KEY", refusal.Message);
        Assert.False(Directory.Exists(_dataDirectory) && Directory.EnumerateFiles(_dataDirectory).Any());
    }

    [Fact]
    public void R_REC_01_configured_key_is_used_in_any_environment()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var key = MasterKeyProvider.Load(new MasterKeySettings(Convert.ToBase64String(bytes), IsDevelopment: false, _dataDirectory));

        var wrapped = new TenantDataKeyWrapper(new MasterKey(bytes)).Wrap(Guid.Empty, 1, new byte[32]);
        Assert.Equal(new byte[32], new TenantDataKeyWrapper(key).Unwrap(Guid.Empty, 1, wrapped));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    public void R_REC_01_a_malformed_configured_key_is_refused_without_echoing_it(string configured)
    {
        var refusal = Assert.Throws<MasterKeyUnavailableException>(
            () => MasterKeyProvider.Load(new MasterKeySettings(configured, IsDevelopment: false, _dataDirectory)));

        Assert.DoesNotContain(configured, refusal.Message);
        Assert.Contains("32 bytes", refusal.Message);
    }

    [Fact]
    public void R_REC_01_development_generates_an_owner_only_key_file_once_and_reuses_it()
    {
        var settings = new MasterKeySettings(null, IsDevelopment: true, _dataDirectory);
        var first = MasterKeyProvider.Load(settings);
        var path = Path.Combine(_dataDirectory, MasterKeyProvider.DevelopmentKeyFileName);
        var contents = File.ReadAllText(path);
        var second = MasterKeyProvider.Load(settings);

        Assert.Equal(contents, File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        var wrapped = new TenantDataKeyWrapper(first).Wrap(Guid.Empty, 1, new byte[32]);
        Assert.Equal(new byte[32], new TenantDataKeyWrapper(second).Unwrap(Guid.Empty, 1, wrapped));
        Assert.Single(Directory.EnumerateFiles(_dataDirectory));
    }

    [Fact]
    public void R_REC_01_a_development_key_file_readable_by_others_is_refused()
    {
        var settings = new MasterKeySettings(null, IsDevelopment: true, _dataDirectory);
        MasterKeyProvider.Load(settings);
        var path = Path.Combine(_dataDirectory, MasterKeyProvider.DevelopmentKeyFileName);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var refusal = Assert.Throws<MasterKeyUnavailableException>(() => MasterKeyProvider.Load(settings));
        Assert.Contains("chmod 600", refusal.Message);
    }
}
