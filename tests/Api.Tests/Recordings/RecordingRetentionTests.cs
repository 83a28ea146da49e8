using System.Net;
using System.Text.Json;
using Npgsql;
using Platform.Api.Recordings.Retention;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Recordings;

/// <summary>Retention, legal hold and purge tombstones (R-REC-02, R-REC-06) through GraphQL and the purge job.</summary>
[Collection(ApiCollection.Name)]
public sealed class RecordingRetentionTests(ApiEnvironment environment) : IAsyncLifetime
{
    private RecordingWorld _world = null!;
    private string _compliance = "";

    public async Task InitializeAsync()
    {
        _world = await RecordingWorld.CreateAsync(environment, "rec-keep");
        _compliance = await _world.TokenAsync("compliance", "COMPLIANCE_OFFICER");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<JsonElement> MutateAsync(string field, string input, string selection = "recording { tier legalHold retainUntil purgedAt }")
    {
        var root = await _world.GraphQLAsync(
            $"mutation {{ {field}(input: {{ {input} }}) {{ {selection} errors {{ __typename ... on UserError {{ code message }} }} }} }}", _compliance);
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty(field);
    }

    private static string Code(JsonElement payload) => payload.GetProperty("errors")[0].GetProperty("code").GetString()!;

    private RecordingPurge Purge(NpgsqlDataSource dataSource) => new(new TenantDatabase(dataSource), TimeProvider.System);

    [Fact]
    public async Task A_legal_hold_restricts_the_recording_to_compliance_and_blocks_deletion_R_REC_06_R_REC_03()
    {
        var expired = await _world.RecordingAsync(_world.CallOfA, complaint: null, health: false, retainUntil: Today.AddDays(-10));
        var id = $"recordingId: \"{RecordingKeys.GlobalId(expired)}\"";

        var held = await MutateAsync("placeLegalHold", $"{id}, reason: \"court order 17/2026\"");
        var inspector = await _world.RequestAsync(await _world.TokenAsync("inspector", "QUALITY_INSPECTOR"), expired);
        var deletion = await MutateAsync("deleteRecording", id);
        await using var dataSource = NpgsqlDataSource.Create(_world.AppConnectionString);
        var purged = await Purge(dataSource).PurgeExpiredAsync(_world.TenantId, Today);

        Assert.Equal(("RESTRICTED", true), (held.GetProperty("recording").GetProperty("tier").GetString(), held.GetProperty("recording").GetProperty("legalHold").GetBoolean()));
        Assert.Equal("NOT_AUTHORISED_FOR_TIER", Code(inspector));
        Assert.Equal("UNDER_LEGAL_HOLD", Code(deletion));
        Assert.Equal(0, purged.Purged);
        Assert.Equal(0L, await _world.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones"));
        Assert.Equal(1L, await _world.ScalarAsync<long>("SELECT count(*) FROM recording_contents WHERE recording_id = $1", expired));

        var released = await MutateAsync("releaseLegalHold", id);
        Assert.Equal(("STANDARD", false), (released.GetProperty("recording").GetProperty("tier").GetString(), released.GetProperty("recording").GetProperty("legalHold").GetBoolean()));
        Assert.Equal("NOT_UNDER_LEGAL_HOLD", Code(await MutateAsync("releaseLegalHold", id)));
    }

    [Fact]
    public async Task Deleting_before_the_end_of_retention_is_refused_and_after_it_leaves_a_tombstone_R_REC_02_R_REC_06()
    {
        var kept = $"recordingId: \"{RecordingKeys.GlobalId(_world.Standard)}\"";
        var expired = await _world.RecordingAsync(_world.CallOfA, complaint: null, health: false, retainUntil: Today.AddDays(-2));

        var early = await MutateAsync("deleteRecording", kept);
        var deleted = await MutateAsync("deleteRecording", $"recordingId: \"{RecordingKeys.GlobalId(expired)}\"");

        Assert.Equal("RETENTION_NOT_EXPIRED", Code(early));
        Assert.Equal(1L, await _world.ScalarAsync<long>("SELECT count(*) FROM recording_contents WHERE recording_id = $1", _world.Standard));
        Assert.Equal(0, deleted.GetProperty("errors").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, deleted.GetProperty("recording").GetProperty("purgedAt").ValueKind);
        Assert.Equal(0L, await _world.ScalarAsync<long>("SELECT count(*) FROM recording_contents WHERE recording_id = $1", expired));
        Assert.Equal(1L, await _world.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones WHERE recording_id = $1", expired));
        Assert.Equal("RECORDING_NOT_FOUND", Code(await _world.RequestAsync(_compliance, expired)));
    }

    [Fact]
    public async Task Retention_can_be_raised_but_never_lowered_R_REC_06()
    {
        var id = $"recordingId: \"{RecordingKeys.GlobalId(_world.Standard)}\"";
        var current = Today.AddYears(3);

        var lowered = await MutateAsync("extendRecordingRetention", $"{id}, retainUntil: \"{current.AddDays(-1):yyyy-MM-dd}\"");
        var raised = await MutateAsync("extendRecordingRetention", $"{id}, retainUntil: \"{current.AddYears(2):yyyy-MM-dd}\"");

        Assert.Equal("WOULD_LOWER_RETENTION", Code(lowered));
        Assert.Equal($"{current.AddYears(2):yyyy-MM-dd}", raised.GetProperty("recording").GetProperty("retainUntil").GetString());
    }

    [Fact]
    public async Task Linking_to_a_complaint_moves_the_recording_to_the_complaint_tier_with_5_years_from_linking_R_REC_02_R_REC_03()
    {
        var recording = await _world.RecordingAsync(_world.CallOfB, complaint: null, health: false, retainUntil: Today.AddYears(1));
        var handler = await _world.TokenAsync("handler", "COMPLAINT_HANDLER");
        var input = $"recordingId: \"{RecordingKeys.GlobalId(recording)}\", complaintId: \"{Platform.Api.Relay.GlobalId.Encode("Complaint", _world.Complaint)}\"";

        var before = await _world.RequestAsync(handler, recording);
        var root = await _world.GraphQLAsync(
            $"mutation {{ linkRecordingToComplaint(input: {{ {input} }}) {{ recording {{ tier retainUntil complaintId }} errors {{ ... on UserError {{ code }} }} }} }}", handler);
        var after = await _world.RequestAsync(handler, recording);

        Assert.Equal("NOT_AUTHORISED_FOR_TIER", Code(before));
        var linked = root.GetProperty("data").GetProperty("linkRecordingToComplaint").GetProperty("recording");
        Assert.Equal("COMPLAINT", linked.GetProperty("tier").GetString());
        var retainUntil = DateOnly.Parse(linked.GetProperty("retainUntil").GetString()!);
        Assert.InRange(retainUntil, Today.AddYears(5).AddDays(-1), Today.AddYears(5).AddDays(1));
        Assert.Equal(JsonValueKind.Object, after.GetProperty("playback").ValueKind);
    }

    [Fact]
    public async Task The_purge_job_removes_expired_content_in_a_verifiable_tombstone_chain_and_detects_tampering_R_REC_02_R_REC_06()
    {
        var first = await _world.RecordingAsync(_world.CallOfA, complaint: null, health: false, retainUntil: Today.AddDays(-30));
        var second = await _world.RecordingAsync(_world.CallOfB, complaint: null, health: false, retainUntil: Today.AddDays(-1));
        var held = await _world.RecordingAsync(_world.CallOfB, complaint: null, health: false, retainUntil: Today.AddDays(-1), legalHold: true);
        var dueToday = await _world.RecordingAsync(_world.CallOfB, complaint: null, health: false, retainUntil: Today);
        var link = (await _world.RequestAsync(_compliance, second)).GetProperty("playback").GetProperty("url").GetString()!;
        await using var dataSource = NpgsqlDataSource.Create(_world.AppConnectionString);

        var result = await Purge(dataSource).PurgeExpiredAsync(_world.TenantId, Today);

        Assert.Equal(2, result.Purged);
        foreach (var kept in new[] { held, dueToday })
        {
            Assert.Equal(1L, await _world.ScalarAsync<long>("SELECT count(*) FROM recording_contents WHERE recording_id = $1", kept));
        }

        Assert.Equal(2L, await _world.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones WHERE recording_id IN ($1, $2)", first, second));
        using var afterPurge = await _world.FetchAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, afterPurge.StatusCode);
        Assert.Equal("RECORDING_UNAVAILABLE", await RecordingWorld.RefusalCodeAsync(afterPurge));

        const string Chain = "{ recordingTombstoneChain { valid problem atSequence length } }";
        var intact = (await _world.GraphQLAsync(Chain, _compliance)).GetProperty("data").GetProperty("recordingTombstoneChain");
        Assert.True(intact.GetProperty("valid").GetBoolean());
        Assert.Equal(2, intact.GetProperty("length").GetInt64());

        // Tombstones are append-only; only an owner who disables the guard trigger can alter one, and the chain shows it.
        await _world.ExecuteAsync(
            """
            DO $$ BEGIN
              EXECUTE 'ALTER TABLE recording_tombstones DISABLE TRIGGER USER';
              UPDATE recording_tombstones SET purged_at = purged_at + interval '1 second' WHERE sequence = 1;
              EXECUTE 'ALTER TABLE recording_tombstones ENABLE TRIGGER USER';
            END $$
            """);
        var altered = (await _world.GraphQLAsync(Chain, _compliance)).GetProperty("data").GetProperty("recordingTombstoneChain");
        Assert.False(altered.GetProperty("valid").GetBoolean());
        Assert.Equal("ALTERED", altered.GetProperty("problem").GetString());
        Assert.Equal(1, altered.GetProperty("atSequence").GetInt64());
    }

    [Fact]
    public async Task Attached_content_is_stored_encrypted_and_kept_3_years_R_REC_01_R_REC_02()
    {
        var audio = RecordingWorld.Audio;
        var agent = await _world.TokenAsync("agentA", "AGENT");
        var started = DateTimeOffset.UtcNow.AddMinutes(-10);
        var interaction = Platform.Api.Relay.GlobalId.Encode("Interaction", _world.CallOfA);
        var otherCall = Platform.Api.Relay.GlobalId.Encode("Interaction", _world.CallOfB);
        string Attach(string call) =>
            $$"""mutation { attachRecording(input: { interactionId: "{{call}}", startedAt: "{{started:O}}", durationSeconds: 600, contentType: "audio/wav", contentBase64: "{{Convert.ToBase64String(audio)}}" }) { recording { id tier retainUntil sizeBytes } errors { ... on UserError { code } } } }""";

        var root = await _world.GraphQLAsync(Attach(interaction), agent);
        var foreignCall = await _world.GraphQLAsync(Attach(otherCall), agent);

        var recording = root.GetProperty("data").GetProperty("attachRecording").GetProperty("recording");
        Assert.Equal("STANDARD", recording.GetProperty("tier").GetString());
        Assert.Equal(audio.Length, recording.GetProperty("sizeBytes").GetInt64());
        var retainUntil = DateOnly.Parse(recording.GetProperty("retainUntil").GetString()!);
        Assert.InRange(retainUntil, Today.AddYears(3).AddDays(-1), Today.AddYears(3).AddDays(1));
        Assert.Equal("INTERACTION_NOT_FOUND", foreignCall.GetProperty("data").GetProperty("attachRecording").GetProperty("errors")[0].GetProperty("code").GetString());

        Platform.Api.Relay.GlobalId.TryDecode(recording.GetProperty("id").GetString(), out _, out var id);
        var ciphertext = await _world.ScalarAsync<byte[]>("SELECT ciphertext FROM recording_contents WHERE recording_id = $1", id);
        Assert.Equal(audio.Length, ciphertext.Length);
        Assert.NotEqual(audio, ciphertext);

        var playback = (await _world.RequestAsync(agent, id)).GetProperty("playback");
        using var response = await _world.FetchAsync(playback.GetProperty("url").GetString()!);
        Assert.Equal(audio, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("audio/wav", "not base64!", 60)]
    [InlineData("text/html", "UklGRg==", 60)]
    [InlineData("audio/wav", "UklGRg==", -1)]
    public async Task Unacceptable_content_is_refused_with_a_typed_error_and_nothing_is_stored(string contentType, string content, int duration)
    {
        var agent = await _world.TokenAsync("agentA", "AGENT");
        var call = Platform.Api.Relay.GlobalId.Encode("Interaction", _world.CallOfA);

        var root = await _world.GraphQLAsync(
            $$"""mutation { attachRecording(input: { interactionId: "{{call}}", startedAt: "2026-11-20T08:00:00Z", durationSeconds: {{duration}}, contentType: "{{contentType}}", contentBase64: "{{content}}" }) { recording { id } errors { __typename ... on UserError { code } } } }""",
            agent);

        var payload = root.GetProperty("data").GetProperty("attachRecording");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("recording").ValueKind);
        Assert.Equal("INVALID_CONTENT", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(3L, await _world.ScalarAsync<long>("SELECT count(*) FROM recordings"));
    }

    [Fact]
    public async Task Metadata_is_listed_more_widely_than_content_but_scoped_R_REC_03()
    {
        const string List = "{ recordings(first: 50) { totalCount nodes { id tier durationSeconds } } }";
        var all = new[] { _world.Standard, _world.ComplaintTier, _world.Restricted }.Select(RecordingKeys.GlobalId).Order().ToArray();

        var supervisor = await _world.GraphQLAsync(List, await _world.TokenAsync("otherSupervisor", "SUPERVISOR"));
        var agentA = await _world.GraphQLAsync(List, await _world.TokenAsync("agentA", "AGENT"));
        var agentB = await _world.GraphQLAsync(List, await _world.TokenAsync("agentB", "AGENT"));
        var trainer = await _world.GraphQLAsync(List, await _world.TokenAsync("trainer", "TRAINER"));

        static string[] Ids(JsonElement root) =>
            [.. root.GetProperty("data").GetProperty("recordings").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order()];
        Assert.Equal(all, Ids(supervisor));
        Assert.Equal(all, Ids(agentA));
        Assert.Empty(Ids(agentB));
        Assert.Equal("FORBIDDEN", trainer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(3, supervisor.GetProperty("data").GetProperty("recordings").GetProperty("totalCount").GetInt32());
    }
}
