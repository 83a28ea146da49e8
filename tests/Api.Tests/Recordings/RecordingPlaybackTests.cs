using System.Net;
using System.Text.Json;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Recordings;

/// <summary>
/// Playback end to end over real HTTP with real tokens: tiers (R-REC-03), purpose and single-recording links with
/// every grant and refusal in the access log (R-REC-04), separate play and download rights and links of at most
/// 5 minutes (R-REC-05).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RecordingPlaybackTests(ApiEnvironment environment) : IAsyncLifetime
{
    private RecordingWorld _world = null!;

    public async Task InitializeAsync() => _world = await RecordingWorld.CreateAsync(environment, "rec-play");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_agent_who_took_the_call_plays_a_standard_recording_through_a_short_lived_link_R_REC_03_R_REC_04()
    {
        var token = await _world.TokenAsync("agentA", "AGENT");
        var before = DateTimeOffset.UtcNow;

        var payload = await _world.RequestAsync(token, _world.Standard, purpose: "customer asked what was agreed");

        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var playback = payload.GetProperty("playback");
        Assert.Equal("PLAY", playback.GetProperty("kind").GetString());
        Assert.Equal(RecordingKeys.GlobalId(_world.Standard), playback.GetProperty("recordingId").GetString());
        var expires = DateTimeOffset.Parse(playback.GetProperty("expiresAt").GetString()!);
        Assert.InRange(expires, before.AddMinutes(4), DateTimeOffset.UtcNow.AddMinutes(5));

        using var response = await _world.FetchAsync(playback.GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RecordingWorld.Audio, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.True(response.Headers.CacheControl?.NoStore);

        var log = await _world.LogAsync(_world.Standard);
        Assert.Equal(["PlaybackGranted", "PlaybackServed"], log.Select(l => l.Action));
        Assert.All(log, l => Assert.True(l.Granted));
        Assert.Equal("customer asked what was agreed", log[0].Purpose);
        Assert.Equal(_world.AgentA.ToString(), log[0].ActorId);
    }

    [Theory]
    [InlineData("agentA", "AGENT", "Standard", true)]
    [InlineData("agentB", "AGENT", "Standard", false)]
    [InlineData("supervisor", "SUPERVISOR", "Standard", true)]
    [InlineData("otherSupervisor", "SUPERVISOR", "Standard", false)]
    [InlineData("inspector", "QUALITY_INSPECTOR", "Standard", true)]
    [InlineData("compliance", "COMPLIANCE_OFFICER", "Standard", true)]
    [InlineData("handler", "COMPLAINT_HANDLER", "Standard", false)]
    [InlineData("trainer", "TRAINER", "Standard", false)]
    [InlineData("handler", "COMPLAINT_HANDLER", "Complaint", true)]
    [InlineData("otherHandler", "COMPLAINT_HANDLER", "Complaint", false)]
    [InlineData("inspector", "QUALITY_INSPECTOR", "Complaint", true)]
    [InlineData("agentA", "AGENT", "Complaint", false)]
    [InlineData("supervisor", "SUPERVISOR", "Complaint", false)]
    [InlineData("compliance", "COMPLIANCE_OFFICER", "Complaint", true)]
    [InlineData("inspector", "QUALITY_INSPECTOR", "Restricted", false)]
    [InlineData("agentA", "AGENT", "Restricted", false)]
    [InlineData("handler", "COMPLAINT_HANDLER", "Restricted", false)]
    [InlineData("compliance", "COMPLIANCE_OFFICER", "Restricted", true)]
    public async Task Content_access_follows_the_recordings_tier_and_every_decision_is_logged_R_REC_03_R_REC_04(
        string person, string role, string tier, bool granted)
    {
        var recording = tier switch
        {
            "Standard" => _world.Standard,
            "Complaint" => _world.ComplaintTier,
            _ => _world.Restricted,
        };

        var payload = await _world.RequestAsync(await _world.TokenAsync(person, role), recording);

        var log = await _world.LogAsync(recording);
        if (granted)
        {
            Assert.Equal(JsonValueKind.Object, payload.GetProperty("playback").ValueKind);
            Assert.Equal(("PlaybackGranted", true), (log.Single().Action, log.Single().Granted));
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("playback").ValueKind);
            var error = payload.GetProperty("errors").EnumerateArray().Single();
            Assert.Equal("RecordingTierDeniedError", error.GetProperty("__typename").GetString());
            Assert.Equal("NOT_AUTHORISED_FOR_TIER", error.GetProperty("code").GetString());
            Assert.Equal(("PlaybackRefused", false, "NotAuthorisedForTier"), (log.Single().Action, log.Single().Granted, log.Single().Detail));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Playback_without_a_stated_purpose_is_refused_and_the_refusal_logged_R_REC_04(string purpose)
    {
        var payload = await _world.RequestAsync(await _world.TokenAsync("compliance", "COMPLIANCE_OFFICER"), _world.Standard, purpose: purpose);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("playback").ValueKind);
        Assert.Equal("PURPOSE_REQUIRED", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        var entry = (await _world.LogAsync(_world.Standard)).Single();
        Assert.Equal(("PlaybackRefused", false, "PurposeMissing"), (entry.Action, entry.Granted, entry.Detail));
    }

    [Fact]
    public async Task Playing_and_downloading_are_separate_rights_audited_separately_R_REC_05()
    {
        var inspector = await _world.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var compliance = await _world.TokenAsync("compliance", "COMPLIANCE_OFFICER");

        var inspectorPlay = await _world.RequestAsync(inspector, _world.Standard, "PLAY");
        var inspectorDownload = await _world.RequestAsync(inspector, _world.Standard, "DOWNLOAD");
        var complianceDownload = await _world.RequestAsync(compliance, _world.Standard, "DOWNLOAD", purpose: "regulator request 2026-17");

        Assert.Equal(JsonValueKind.Object, inspectorPlay.GetProperty("playback").ValueKind);
        var refusal = inspectorDownload.GetProperty("errors")[0];
        Assert.Equal("RecordingRightNotGrantedError", refusal.GetProperty("__typename").GetString());
        Assert.Equal("RIGHT_NOT_GRANTED", refusal.GetProperty("code").GetString());

        var download = complianceDownload.GetProperty("playback");
        Assert.Equal("DOWNLOAD", download.GetProperty("kind").GetString());
        using var response = await _world.FetchAsync(download.GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(RecordingWorld.Audio, await response.Content.ReadAsByteArrayAsync());

        var log = await _world.LogAsync(_world.Standard);
        Assert.Equal(["PlaybackGranted", "DownloadRefused", "DownloadGranted", "DownloadServed"], log.Select(l => l.Action));
        Assert.Equal("RightNotGranted", log[1].Detail);
        Assert.Equal("regulator request 2026-17", log[2].Purpose);
    }

    [Fact]
    public async Task A_link_stops_working_when_it_expires_and_the_refusal_is_logged_R_REC_05()
    {
        var token = await _world.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var payload = await _world.RequestAsync(token, _world.Restricted, lifetimeSeconds: 1);
        var playback = payload.GetProperty("playback");
        var issued = DateTimeOffset.UtcNow;
        Assert.True(DateTimeOffset.Parse(playback.GetProperty("expiresAt").GetString()!) <= issued.AddSeconds(1));

        // Wait past the expiry instant the link carries (not a timing measurement).
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        using var response = await _world.FetchAsync(playback.GetProperty("url").GetString()!);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("LINK_EXPIRED", await RecordingWorld.RefusalCodeAsync(response));
        var log = await _world.LogAsync(_world.Restricted);
        Assert.Equal(["PlaybackGranted", "PlaybackLinkRefused"], log.Select(l => l.Action));
        Assert.False(log[1].Granted);
        Assert.EndsWith(";Expired", log[1].Detail);
    }

    [Fact]
    public async Task A_requested_lifetime_beyond_5_minutes_is_refused_as_bad_input_R_REC_05()
    {
        var token = await _world.TokenAsync("compliance", "COMPLIANCE_OFFICER");

        var root = await _world.GraphQLAsync(
            $$"""mutation { requestRecordingPlayback(input: { recordingId: "{{RecordingKeys.GlobalId(_world.Standard)}}", purpose: "audit", kind: PLAY, lifetimeSeconds: 301 }) { playback { url } } }""",
            token);

        Assert.Equal("BAD_USER_INPUT", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(await _world.LogAsync(_world.Standard));
    }

    [Fact]
    public async Task A_link_works_for_its_own_recording_only_and_cannot_be_altered_R_REC_04()
    {
        var token = await _world.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var url = (await _world.RequestAsync(token, _world.Standard)).GetProperty("playback").GetProperty("url").GetString()!;
        var link = url[(url.LastIndexOf('/') + 1)..];

        using var otherRecording = await _world.FetchAsync($"/recordings/{_world.ComplaintTier}/content/{link}");
        var tampered = link[..5] + (link[5] == 'A' ? 'B' : 'A') + link[6..];
        using var altered = await _world.FetchAsync($"/recordings/{_world.Standard}/content/{tampered}");
        using var garbage = await _world.FetchAsync($"/recordings/{_world.Standard}/content/not-a-link");
        using var genuine = await _world.FetchAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, otherRecording.StatusCode);
        Assert.Equal("LINK_WRONG_RECORDING", await RecordingWorld.RefusalCodeAsync(otherRecording));
        Assert.Equal(HttpStatusCode.Forbidden, altered.StatusCode);
        Assert.Equal("LINK_INVALID", await RecordingWorld.RefusalCodeAsync(altered));
        Assert.Equal("LINK_INVALID", await RecordingWorld.RefusalCodeAsync(garbage));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Empty(await _world.LogAsync(_world.ComplaintTier));
        var log = await _world.LogAsync(_world.Standard);
        Assert.Equal(["PlaybackGranted", "PlaybackLinkRefused", "PlaybackServed"], log.Select(l => l.Action));
        Assert.Contains($"PresentedFor:{_world.ComplaintTier}", log[1].Detail);
    }

    [Fact]
    public async Task Callers_who_are_not_staff_of_the_tenant_get_nothing_and_are_logged_R_REC_03_R_REC_04()
    {
        var customer = await TokenForgery.SignAsync(_world.Stack, _world.TenantId, d =>
        {
            d.Claims["sub"] = Guid.NewGuid().ToString();
            d.Claims["client_id"] = "self-service";
            d.Claims["roles"] = new[] { "CUSTOMER" };
        });

        var payload = await _world.RequestAsync(customer, _world.Standard);

        Assert.Equal("NOT_STAFF", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        var entry = (await _world.LogAsync(_world.Standard)).Single();
        Assert.Equal(("PlaybackRefused", false, "NotStaff"), (entry.Action, entry.Granted, entry.Detail));
    }

    [Fact]
    public async Task Another_tenants_compliance_officer_cannot_reach_the_recording_R_TEN_01()
    {
        var foreign = await RecordingWorld.CreateAsync(environment, "rec-foreign");

        var payload = await _world.RequestAsync(await foreign.TokenAsync("compliance", "COMPLIANCE_OFFICER"), _world.Standard);

        Assert.Equal("RECORDING_NOT_FOUND", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Empty(await _world.LogAsync(_world.Standard));
    }

    [Fact]
    public async Task Only_compliance_reads_the_access_log_R_REC_04()
    {
        await _world.RequestAsync(await _world.TokenAsync("agentB", "AGENT"), _world.Standard);
        const string Query = "{ recordingAccessLog(first: 10) { totalCount nodes { action granted recordingId detail actorKind } } }";

        var inspector = await _world.GraphQLAsync(Query, await _world.TokenAsync("inspector", "QUALITY_INSPECTOR"));
        var compliance = await _world.GraphQLAsync(Query, await _world.TokenAsync("compliance", "COMPLIANCE_OFFICER"));

        Assert.Equal("FORBIDDEN", inspector.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var nodes = compliance.GetProperty("data").GetProperty("recordingAccessLog").GetProperty("nodes");
        var refusal = nodes.EnumerateArray().Single(n => n.GetProperty("recordingId").GetString() == RecordingKeys.GlobalId(_world.Standard));
        Assert.Equal("PlaybackRefused", refusal.GetProperty("action").GetString());
        Assert.False(refusal.GetProperty("granted").GetBoolean());
        Assert.Equal("STAFF", refusal.GetProperty("actorKind").GetString());
    }
}
