using System.Net;
using System.Text.Json;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Recordings;

/// <summary>Recordings never cross tenants or scopes: lists, node lookups and links (R-TEN-01, R-TEN-03, R-REC-03).</summary>
[Collection(ApiCollection.Name)]
public sealed class RecordingIsolationTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Lists_and_node_lookups_show_nothing_of_another_tenant_R_TEN_01()
    {
        var home = await RecordingWorld.CreateAsync(environment, "rec-home");
        var foreign = await RecordingWorld.CreateAsync(environment, "rec-away");
        var foreignCompliance = await foreign.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var id = RecordingKeys.GlobalId(home.Standard);

        var list = await foreign.GraphQLAsync("{ recordings(first: 100) { nodes { id } } }", foreignCompliance);
        var node = await foreign.GraphQLAsync($$"""{ node(id: "{{id}}") { id } }""", foreignCompliance);
        var log = await foreign.GraphQLAsync("{ recordingAccessLog(first: 100) { nodes { recordingId } } }", foreignCompliance);

        var foreignIds = list.GetProperty("data").GetProperty("recordings").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(3, foreignIds.Count);
        Assert.DoesNotContain(id, foreignIds);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Empty(log.GetProperty("data").GetProperty("recordingAccessLog").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task Node_lookup_of_a_recording_follows_the_metadata_scope_R_REC_03()
    {
        var world = await RecordingWorld.CreateAsync(environment, "rec-node");
        var query = $$"""{ node(id: "{{RecordingKeys.GlobalId(world.Restricted)}}") { id ... on Recording { tier durationSeconds legalHold } } }""";

        var supervisor = await world.GraphQLAsync(query, await world.TokenAsync("otherSupervisor", "SUPERVISOR"));
        var otherAgent = await world.GraphQLAsync(query, await world.TokenAsync("agentB", "AGENT"));
        var ownAgent = await world.GraphQLAsync(query, await world.TokenAsync("agentA", "AGENT"));

        Assert.Equal("RESTRICTED", supervisor.GetProperty("data").GetProperty("node").GetProperty("tier").GetString());
        Assert.Equal(125, supervisor.GetProperty("data").GetProperty("node").GetProperty("durationSeconds").GetInt32());
        Assert.Equal(JsonValueKind.Null, otherAgent.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("RESTRICTED", ownAgent.GetProperty("data").GetProperty("node").GetProperty("tier").GetString());
    }

    [Fact]
    public async Task An_interaction_lists_its_recordings_metadata_R_REC_03()
    {
        var world = await RecordingWorld.CreateAsync(environment, "rec-call");
        var query = $$"""{ node(id: "{{Platform.Api.Relay.GlobalId.Encode("Interaction", world.CallOfA)}}") { ... on Interaction { recordings { id tier } } } }""";

        // Seeded one after another, so oldest first is seeding order.
        var root = await world.GraphQLAsync(query, await world.TokenAsync("compliance", "COMPLIANCE_OFFICER"));

        var recordings = root.GetProperty("data").GetProperty("node").GetProperty("recordings").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString(), r.GetProperty("tier").GetString())).ToList();
        Assert.Equal(
            [(RecordingKeys.GlobalId(world.Standard), "STANDARD"), (RecordingKeys.GlobalId(world.ComplaintTier), "COMPLAINT"), (RecordingKeys.GlobalId(world.Restricted), "RESTRICTED")],
            recordings);
    }

    [Fact]
    public async Task A_suspended_tenants_links_stop_at_once_R_TEN_03()
    {
        var world = await RecordingWorld.CreateAsync(environment, "rec-suspend");
        var url = (await world.RequestAsync(await world.TokenAsync("compliance", "COMPLIANCE_OFFICER"), world.Standard))
            .GetProperty("playback").GetProperty("url").GetString()!;

        await world.Stack.SuspendTenantAsync(world.TenantId);
        using var response = await world.FetchAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TENANT_SUSPENDED", await RecordingWorld.RefusalCodeAsync(response));
        Assert.Equal(["PlaybackGranted", "PlaybackLinkRefused"], (await world.LogAsync(world.Standard)).Select(l => l.Action));
    }

    [Fact]
    public async Task Malformed_ids_and_filters_are_clear_errors_not_crashes()
    {
        var world = await RecordingWorld.CreateAsync(environment, "rec-input");
        var token = await world.TokenAsync("compliance", "COMPLIANCE_OFFICER");

        var badId = await world.GraphQLAsync(
            """mutation { requestRecordingPlayback(input: { recordingId: "nope", purpose: "x", kind: PLAY }) { playback { url } } }""", token);
        var badFilter = await world.GraphQLAsync("""{ recordings(filter: { interactionId: "%%%" }) { nodes { id } } }""", token);
        var badCursor = await world.GraphQLAsync("""{ recordings(after: "zzz") { nodes { id } } }""", token);

        Assert.Equal("INVALID_ID", badId.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("INVALID_ID", badFilter.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("INVALID_CURSOR", badCursor.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", badId.ToString(), StringComparison.Ordinal);
    }
}
