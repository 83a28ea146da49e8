using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Server.Persisted;

/// <summary>
/// Documents known by id, loaded from a manifest: a JSON object mapping ids to document text (optionally under a
/// <c>"documents"</c> property). Ids are <c>sha256:&lt;hex&gt;</c> or a bare 64-character hex SHA-256 of the text.
/// </summary>
public sealed class PersistedDocumentStore
{
    private readonly Dictionary<string, string> _documents;

    /// <summary>Creates a store from id → text pairs; every sha256 id is checked against its text.</summary>
    public PersistedDocumentStore(IEnumerable<KeyValuePair<string, string>> documents)
    {
        _documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in documents)
        {
            var key = Normalize(id);
            if (key.StartsWith("sha256:", StringComparison.Ordinal) && key != HashOf(text))
            {
                throw new InvalidOperationException($"Persisted document \"{id}\" does not match the SHA-256 of its text.");
            }

            _documents[key] = text;
        }
    }

    /// <summary>How many documents are known.</summary>
    public int Count => _documents.Count;

    /// <summary>Loads a manifest file.</summary>
    public static PersistedDocumentStore FromManifest(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("documents", out var nested) && nested.ValueKind == JsonValueKind.Object)
        {
            root = nested;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"Persisted document manifest {path} must be a JSON object of id → document.");
        }

        return new PersistedDocumentStore(root.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? string.Empty)));
    }

    /// <summary>The id a document text gets: <c>sha256:</c> and the lowercase hex digest.</summary>
    public static string HashOf(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Finds a document's text by id.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text) =>
        _documents.TryGetValue(Normalize(id), out text);

    private static string Normalize(string id) =>
        id.Length == 64 && id.All(char.IsAsciiHexDigit) ? "sha256:" + id.ToLowerInvariant()
        : id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? "sha256:" + id[7..].ToLowerInvariant()
        : id;
}
