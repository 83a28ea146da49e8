namespace Platform.GraphQL.Tests.Server.External;

/// <summary>
/// Installs a missing tool from Debian's packages so the external-client tests run on a fresh machine; when that is
/// impossible the test fails with the reason (these tests are never skipped).
/// </summary>
public static class DebianPackages
{
    private static readonly SemaphoreSlim AptLock = new(1, 1);
    private static bool _updated;

    /// <summary>Makes sure <paramref name="command"/> exists, installing <paramref name="packages"/> with apt-get if it does not.</summary>
    public static async Task EnsureAsync(string command, params string[] packages)
    {
        if (ExternalCommand.Exists(command))
        {
            return;
        }

        await AptLock.WaitAsync();
        try
        {
            if (ExternalCommand.Exists(command))
            {
                return;
            }

            Assert.True(ExternalCommand.Exists("apt-get"),
                $"'{command}' is missing and apt-get is not available: install the Debian package(s) {string.Join(' ', packages)}.");
            var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            if (!_updated)
            {
                await ExternalCommand.RunAsync("apt-get", ["update", "-q"], TimeSpan.FromMinutes(5), environment: environment);
                _updated = true;
            }

            var install = await ExternalCommand.RunAsync(
                "apt-get", ["install", "-y", "-q", "--no-install-recommends", .. packages], TimeSpan.FromMinutes(10), environment: environment);
            Assert.True(install.ExitCode == 0 && ExternalCommand.Exists(command),
                $"'{command}' is missing and 'apt-get install {string.Join(' ', packages)}' failed (root needed): {install}");
        }
        finally
        {
            AptLock.Release();
        }
    }
}
