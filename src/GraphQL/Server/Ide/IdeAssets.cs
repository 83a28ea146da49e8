using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.Server.Ide;

/// <summary>
/// The GraphiQL files installed by <c>npm ci</c> in the npm project of <see cref="GraphQLServerOptions.IdeAssetsDirectory"/>
/// (src/GraphQL/Server/Ide/assets), served from its <c>node_modules</c> under <c>{endpoint}/ide-assets/</c>, so the
/// IDE works offline and no third-party bundle is committed.
/// </summary>
public static class IdeAssets
{
    /// <summary>The route segment (below the endpoint) under which the files are served.</summary>
    public const string Segment = "ide-assets";

    /// <summary>The files the GraphiQL page loads, relative to node_modules; all must exist for the page to be served.</summary>
    public static readonly IReadOnlyList<string> PageFiles =
    [
        "react/umd/react.production.min.js",
        "react-dom/umd/react-dom.production.min.js",
        "graphiql/graphiql.min.js",
        "graphiql/graphiql.min.css",
    ];

    // Only what a browser needs for the page; anything else in node_modules (package.json, sources, READMEs) stays private.
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".map"] = "application/json; charset=utf-8",
    };

    /// <summary>Whether GraphiQL is installed in <paramref name="directory"/> (false when null or missing).</summary>
    public static bool IsInstalled(string? directory) =>
        !string.IsNullOrWhiteSpace(directory) && PageFiles.All(file => Resolve(directory, file) is not null);

    /// <summary>
    /// The full path of <paramref name="relativePath"/> under the directory's node_modules, or null when the file is
    /// missing, has a type that is not served, or the path tries to leave node_modules (<c>..</c>, rooted, encoded or backslashed).
    /// </summary>
    public static string? Resolve(string directory, string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || relativePath.Contains('\\') || relativePath.Contains('%') || relativePath.Contains('\0')
            || relativePath.Contains(':') || Path.IsPathRooted(relativePath)
            || relativePath.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            return null;
        }

        if (!ContentTypes.ContainsKey(Path.GetExtension(relativePath)))
        {
            return null;
        }

        // The segment checks above already refuse traversal; comparing the resolved path is the second fence.
        var root = Path.GetFullPath(Path.Combine(directory, "node_modules")) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    /// <summary>Serves one file for <c>GET {endpoint}/ide-assets/{**path}</c>; 404 for anything <see cref="Resolve"/> refuses.</summary>
    public static async Task ServeAsync(HttpContext http, GraphQLServerOptions options)
    {
        var file = options.EnableIde && options.IdeAssetsDirectory is { } directory
            ? Resolve(directory, http.Request.RouteValues["path"] as string)
            : null;
        if (file is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = ContentTypes[Path.GetExtension(file)];
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // The versions are pinned by package-lock.json but change when it does, so browsers revalidate after an hour.
        http.Response.Headers.CacheControl = "public, max-age=3600";
        await http.Response.SendFileAsync(file, http.RequestAborted).ConfigureAwait(false);
    }
}
