using System.Runtime.CompilerServices;

namespace Platform.GraphQL.Tests.Server.External;

/// <summary>The node project under bench/Server/audit (graphql-http and graphql-js, pinned by its package-lock.json).</summary>
public static class AuditPackages
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>Installs node, npm and the project's packages when missing; returns the project's directory.</summary>
    public static async Task<string> EnsureAsync()
    {
        await DebianPackages.EnsureAsync("node", "nodejs");
        await DebianPackages.EnsureAsync("npm", "npm");
        var directory = Directory();
        // Two test classes may ask at once; npm ci must not run twice in one directory at the same time.
        await Installing.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(directory, "node_modules", "graphql-http", "package.json"))
                || !File.Exists(Path.Combine(directory, "node_modules", "graphql", "package.json")))
            {
                var install = await ExternalCommand.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5), directory);
                Assert.True(install.ExitCode == 0, $"npm ci in {directory} failed: {install}");
            }
        }
        finally
        {
            Installing.Release();
        }

        return directory;
    }

    private static string Directory([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "..", "bench", "Server", "audit"));
}
