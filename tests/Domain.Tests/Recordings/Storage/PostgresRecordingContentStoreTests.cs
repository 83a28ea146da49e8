using System.Security.Cryptography;
using Npgsql;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings.Storage;
using Platform.Domain.Security;
using Platform.Domain.Tests.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Recordings.Storage;

/// <summary>R-REC-01 against the real database: content sealed per tenant, stored apart, tampering refused.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Rule", "R-REC-01")]
public sealed class PostgresRecordingContentStoreTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly Guid TenantA = Guid.Parse("7a1d0000-0000-4000-8000-00000000000a");
    private static readonly Guid TenantB = Guid.Parse("7a1d0000-0000-4000-8000-00000000000b");
    private readonly MasterKey _masterKey = new(RandomNumberGenerator.GetBytes(32));
    private string _database = "";
    private NpgsqlDataSource _app = null!;

    public async Task InitializeAsync()
    {
        _database = await cluster.CreateDatabaseAsync("content");
        _app = NpgsqlDataSource.Create(cluster.ConnectionString(DatabaseRoles.App, _database));
        await LoaderAsync(
            """
            INSERT INTO tenants (id, code, name) VALUES ('7a1d0000-0000-4000-8000-00000000000a', 'a', 'A'),
                                                        ('7a1d0000-0000-4000-8000-00000000000b', 'b', 'B');
            """);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task R_REC_01_content_round_trips_and_the_stored_bytes_are_not_the_plaintext()
    {
        var store = new PostgresRecordingContentStore(_app, _masterKey);
        var recording = await NewRecordingAsync(TenantA);
        var audio = RandomNumberGenerator.GetBytes(4096);

        await store.SaveAsync(TenantA, recording, new RecordingContent("audio/ogg", audio));
        var loaded = await store.LoadAsync(TenantA, recording);

        Assert.NotNull(loaded);
        Assert.Equal("audio/ogg", loaded.ContentType);
        Assert.Equal(audio, loaded.Data);
        var stored = (byte[])(await LoaderScalarAsync($"SELECT ciphertext FROM recording_contents WHERE recording_id = '{recording}'"))!;
        Assert.NotEqual(audio, stored);
        Assert.Equal(4096L, await LoaderScalarAsync($"SELECT size_bytes FROM recordings WHERE id = '{recording}'"));
        Assert.Equal(1, await LoaderScalarAsync($"SELECT key_version FROM recording_contents WHERE recording_id = '{recording}'"));
    }

    [Fact]
    public async Task R_REC_01_another_tenant_sees_nothing_and_tenant_keys_differ()
    {
        var store = new PostgresRecordingContentStore(_app, _masterKey);
        var recordingA = await NewRecordingAsync(TenantA);
        var recordingB = await NewRecordingAsync(TenantB);
        await store.SaveAsync(TenantA, recordingA, new RecordingContent("audio/wav", [1, 2, 3]));
        await store.SaveAsync(TenantB, recordingB, new RecordingContent("audio/wav", [1, 2, 3]));

        Assert.Null(await store.LoadAsync(TenantB, recordingA));
        await Assert.ThrowsAsync<UnknownRecordingException>(
            () => store.SaveAsync(TenantB, recordingA, new RecordingContent("audio/wav", [9])));
        var keys = await LoaderScalarAsync("SELECT count(DISTINCT wrapped_key) FROM tenant_data_keys");
        Assert.Equal(2L, keys);
    }

    [Fact]
    public async Task R_REC_01_a_flipped_ciphertext_byte_in_the_database_is_refused()
    {
        var store = new PostgresRecordingContentStore(_app, _masterKey);
        var recording = await NewRecordingAsync(TenantA);
        await store.SaveAsync(TenantA, recording, new RecordingContent("audio/wav", RandomNumberGenerator.GetBytes(256)));

        await LoaderAsync($"""
            UPDATE recording_contents SET ciphertext = overlay(ciphertext placing
              set_byte('\x00'::bytea, 0, get_byte(ciphertext, 10) # 1) from 11 for 1)
            WHERE recording_id = '{recording}'
            """);

        var refusal = await Assert.ThrowsAsync<ContentRefusedException>(() => store.LoadAsync(TenantA, recording));
        Assert.Equal(ContentRefusalReason.IntegrityCheckFailed, refusal.Reason);
    }

    [Fact]
    public async Task R_REC_01_ciphertext_copied_onto_another_recording_row_is_refused()
    {
        var store = new PostgresRecordingContentStore(_app, _masterKey);
        var source = await NewRecordingAsync(TenantA);
        var target = await NewRecordingAsync(TenantA);
        await store.SaveAsync(TenantA, source, new RecordingContent("audio/wav", [10, 20, 30]));
        await store.SaveAsync(TenantA, target, new RecordingContent("audio/wav", [40, 50, 60]));

        await LoaderAsync($"""
            UPDATE recording_contents t SET nonce = s.nonce, ciphertext = s.ciphertext, tag = s.tag, content_sha256 = s.content_sha256
            FROM recording_contents s WHERE s.recording_id = '{source}' AND t.recording_id = '{target}'
            """);

        await Assert.ThrowsAsync<ContentRefusedException>(() => store.LoadAsync(TenantA, target));
        Assert.Equal([10, 20, 30], (await store.LoadAsync(TenantA, source))!.Data);
    }

    [Fact]
    public async Task R_REC_01_a_different_master_key_cannot_open_the_tenant_key()
    {
        var recording = await NewRecordingAsync(TenantA);
        await new PostgresRecordingContentStore(_app, _masterKey).SaveAsync(TenantA, recording, new RecordingContent("audio/wav", [1]));
        var stranger = new PostgresRecordingContentStore(_app, new MasterKey(RandomNumberGenerator.GetBytes(32)));

        await Assert.ThrowsAsync<ContentRefusedException>(() => stranger.LoadAsync(TenantA, recording));
    }

    [Fact]
    public async Task R_REC_01_rotation_keeps_old_content_readable_and_reencryption_moves_it_to_the_new_version()
    {
        var store = new PostgresRecordingContentStore(_app, _masterKey);
        var old = await NewRecordingAsync(TenantA);
        await store.SaveAsync(TenantA, old, new RecordingContent("audio/wav", [7, 7, 7]));

        var version = await store.RotateKeyAsync(TenantA);
        var fresh = await NewRecordingAsync(TenantA);
        await store.SaveAsync(TenantA, fresh, new RecordingContent("audio/wav", [8, 8, 8]));

        Assert.True(version >= 2);
        Assert.Equal([7, 7, 7], (await store.LoadAsync(TenantA, old))!.Data);
        Assert.Equal(version, await LoaderScalarAsync($"SELECT key_version FROM recording_contents WHERE recording_id = '{fresh}'"));
        Assert.True((int)(await LoaderScalarAsync($"SELECT key_version FROM recording_contents WHERE recording_id = '{old}'"))! < version);

        var moved = await store.ReencryptAsync(TenantA, batchSize: 100);

        Assert.True(moved >= 1);
        Assert.Equal(version, await LoaderScalarAsync($"SELECT key_version FROM recording_contents WHERE recording_id = '{old}'"));
        Assert.Equal([7, 7, 7], (await store.LoadAsync(TenantA, old))!.Data);
        Assert.Equal(0, await store.ReencryptAsync(TenantA, batchSize: 100));
    }

    [Fact]
    public async Task R_REC_01_content_relabelled_to_another_existing_key_version_is_refused()
    {
        var store = new PostgresRecordingContentStore(_app, _masterKey);
        var recording = await NewRecordingAsync(TenantB);
        await store.SaveAsync(TenantB, recording, new RecordingContent("audio/wav", [5]));
        var version = await store.RotateKeyAsync(TenantB);

        // Pretend the content claims the newest version while it was sealed under an older one.
        await LoaderAsync($"UPDATE recording_contents SET key_version = {version} WHERE recording_id = '{recording}'");
        var relabelled = await Assert.ThrowsAsync<ContentRefusedException>(() => store.LoadAsync(TenantB, recording));
        Assert.Equal(ContentRefusalReason.IntegrityCheckFailed, relabelled.Reason);
    }

    [Fact]
    public async Task R_REC_01_delete_removes_the_content()
    {
        var store = new PostgresRecordingContentStore(_app, _masterKey);
        var recording = await NewRecordingAsync(TenantA);
        await store.SaveAsync(TenantA, recording, new RecordingContent("audio/wav", [1, 2]));

        Assert.True(await store.DeleteAsync(TenantA, recording));
        Assert.False(await store.DeleteAsync(TenantA, recording));
        Assert.Null(await store.LoadAsync(TenantA, recording));
    }

    private async Task<Guid> NewRecordingAsync(Guid tenantId)
    {
        var id = Guid.NewGuid();
        await LoaderAsync($"""
            INSERT INTO recordings (tenant_id, id, started_at, duration_seconds, retention_until)
            VALUES ('{tenantId}', '{id}', now(), 60, current_date + 1095)
            """);
        return id;
    }

    private async Task LoaderAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(DatabaseRoles.Loader, _database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> LoaderScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(DatabaseRoles.Loader, _database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
