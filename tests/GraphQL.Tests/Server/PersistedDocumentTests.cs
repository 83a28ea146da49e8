using System.Net;
using System.Text.Json;
using Platform.GraphQL.Server.Persisted;

namespace Platform.GraphQL.Tests.Server;

/// <summary>Persisted documents from a manifest file: documentId, Apollo's sha256Hash, and persisted-only mode.</summary>
public sealed class PersistedDocumentTests : IAsyncLifetime
{
    private const string Hello = "query Hello { hello(name: \"persisted\") }";
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"persisted-{Guid.NewGuid():N}.json");
    private GraphQLTestHost _host = null!;

    private static string HashHex => PersistedDocumentStore.HashOf(Hello)["sha256:".Length..];

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [HashHex] = Hello }));
        _host = await GraphQLTestHost.StartAsync(o =>
        {
            o.PersistedDocuments = PersistedDocumentStore.FromManifest(_manifest);
            o.PersistedDocumentsOnly = true;
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        File.Delete(_manifest);
    }

    private static string Code(JsonElement json) => json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Document_id_runs_the_manifest_document()
    {
        var response = await _host.PostAsync(new { documentId = "sha256:" + HashHex });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, persisted!", (await GraphQLTestHost.JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Apollo_persisted_query_hash_runs_the_document_also_over_get()
    {
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = HashHex } }));
        var response = await _host.GetAsync("?extensions=" + extensions);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, persisted!", (await GraphQLTestHost.JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Free_text_is_refused_in_persisted_only_mode()
    {
        var response = await _host.PostAsync(new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", Code(await GraphQLTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task Unknown_id_is_refused()
    {
        var response = await _host.PostAsync(new { documentId = "sha256:" + new string('0', 64) });
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", Code(await GraphQLTestHost.JsonAsync(response)));
    }

    [Fact]
    public void Manifest_entries_must_match_their_hash()
    {
        Assert.Throws<InvalidOperationException>(() => new PersistedDocumentStore([KeyValuePair.Create("sha256:" + HashHex, "{ other }")]));
    }

    [Fact]
    public async Task Without_persisted_only_mode_ids_and_text_both_run()
    {
        var manifest = Path.Combine(Path.GetTempPath(), $"persisted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new { documents = new Dictionary<string, string> { ["sha256:" + HashHex] = Hello, ["greeting-v1"] = "{ hello }" } }));
        try
        {
            await using var host = await GraphQLTestHost.StartAsync(o => o.PersistedDocuments = PersistedDocumentStore.FromManifest(manifest));
            Assert.Equal("Hello, persisted!", (await GraphQLTestHost.JsonAsync(await host.PostAsync(new { documentId = HashHex })))
                .GetProperty("data").GetProperty("hello").GetString());
            Assert.Equal("Hello, world!", (await GraphQLTestHost.JsonAsync(await host.PostAsync(new { documentId = "greeting-v1" })))
                .GetProperty("data").GetProperty("hello").GetString());
            Assert.Equal("Hello, Ann!", (await GraphQLTestHost.JsonAsync(await host.PostAsync(new { query = "{ hello(name: \"Ann\") }" })))
                .GetProperty("data").GetProperty("hello").GetString());
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    [Fact]
    public async Task Persisted_only_mode_also_holds_over_the_socket()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ hello }" } });
        var refused = await socket.ReceiveAsync();
        Assert.Equal("error", refused.GetProperty("type").GetString());
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await socket.SendAsync(new { id = "2", type = "subscribe", payload = new { documentId = "sha256:" + HashHex } });
        var next = await socket.ReceiveAsync();
        Assert.Equal("Hello, persisted!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
    }
}
