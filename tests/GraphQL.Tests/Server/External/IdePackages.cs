using System.Runtime.CompilerServices;
using Platform.GraphQL.Server.Ide;

namespace Platform.GraphQL.Tests.Server.External;

/// <summary>The IDE's npm project under src/GraphQL/Server/Ide/assets (GraphiQL, React, graphql-ws, pinned by its package-lock.json).</summary>
public static class IdePackages
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>Installs node, npm and the project's packages when missing; returns the project's directory.</summary>
    public static async Task<string> EnsureAsync()
    {
        var directory = Directory();
        // Two tests may ask at once; npm ci must not run twice in one directory at the same time.
        await Installing.WaitAsync();
        try
        {
            if (!IdeAssets.IsInstalled(directory))
            {
                await DebianPackages.EnsureAsync("node", "nodejs");
                await DebianPackages.EnsureAsync("npm", "npm");
                var install = await ExternalCommand.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5), directory);
                Assert.True(install.ExitCode == 0 && IdeAssets.IsInstalled(directory), $"npm ci in {directory} failed: {install}");
            }
        }
        finally
        {
            Installing.Release();
        }

        return directory;
    }

    private static string Directory([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "..", "src", "GraphQL", "Server", "Ide", "assets"));
}
