using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;

namespace Platform.Api.Tests.Recordings;

/// <summary>The recording access log (R-REC-04) filtered by recording, actor, action, outcome and time, in both orders.</summary>
[Collection(ApiCollection.Name)]
public sealed class RecordingAccessLogListTests(ApiEnvironment environment)
{
    private static readonly string[] Actions =
        ["PlaybackGranted", "PlaybackRefused", "PlaybackServed", "DownloadGranted", "DownloadRefused", "DownloadLinkRefused"];

    [Fact]
    public async Task Filters_by_recording_actor_action_outcome_and_time_R_REC_04()
    {
        var (data, entries, recordings) = await SeedAsync("reclog-filter");
        var token = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        async Task<List<string>> Ids(string args) =>
            [.. (await Data(data, token, $"{{ recordingAccessLog(first: 100{args}) {{ nodes {{ occurredAt actorId action detail }} }} }}"))
                .GetProperty("recordingAccessLog").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("detail").GetString()!)];
        List<string> Expected(Func<AccessLogEntry, bool> which) =>
            [.. entries.Where(which).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Select(e => e.Detail!)];
        var recording = InsurerData.Id("Recording", recordings[1]);
        var middle = entries.OrderBy(e => e.OccurredAt).ElementAt(5).OccurredAt;

        Assert.Equal(Expected(_ => true), await Ids(""));
        Assert.Equal(Expected(e => e.ResourceId == recordings[1]), await Ids($", filter: {{ recordingId: \"{recording}\" }}"));
        Assert.Equal(Expected(e => e.ResourceId == recordings[1]), await Ids($", recordingId: \"{recording}\""));
        Assert.Equal(Expected(e => e.ActorId == data.Agent2Id.ToString()), await Ids($", filter: {{ actorId: \"{data.Agent2Id}\" }}"));
        Assert.Equal(Expected(e => e.ActorKind == ActorKind.Customer), await Ids(", filter: { actorKinds: [CUSTOMER] }"));
        Assert.Equal(Expected(e => e.Action is "PlaybackServed" or "DownloadLinkRefused"), await Ids(", filter: { actions: [PLAYBACK_SERVED, DOWNLOAD_LINK_REFUSED] }"));
        Assert.Equal(Expected(e => !e.Granted), await Ids(", filter: { granted: false }"));
        Assert.Equal(Expected(e => e.OccurredAt >= middle), await Ids($", filter: {{ occurredFrom: \"{middle:O}\" }}"));
        Assert.Equal(Expected(e => e.OccurredAt < middle), await Ids($", filter: {{ occurredBefore: \"{middle:O}\" }}"));
        Assert.Equal(
            Expected(e => e.Granted && e.ActorId == data.Agent1Id.ToString() && e.ResourceId == recordings[0]),
            await Ids($", filter: {{ granted: true, actorId: \"{data.Agent1Id}\", recordingId: \"{InsurerData.Id("Recording", recordings[0])}\" }}"));
        foreach (var narrow in new[] { ", filter: { granted: false }", ", filter: { actorKinds: [CUSTOMER] }", $", filter: {{ actorId: \"{data.Agent2Id}\" }}" })
        {
            Assert.InRange((await Ids(narrow)).Count, 1, entries.Count - 1);
        }
    }

    [Fact]
    public async Task Orders_by_time_both_ways_with_stable_pages_and_refuses_foreign_cursors_and_double_recording_arguments()
    {
        var (data, entries, recordings) = await SeedAsync("reclog-order");
        var token = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        async Task<List<string>> Walk(string orderBy) => await Paging.BothWaysAsync(
            q => Data(data, token, q), args => $"{{ recordingAccessLog({args}{orderBy}) {{ nodes {{ detail }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("recordingAccessLog"), size: 4, key: n => n.GetProperty("detail").GetString()!);
        var oldestFirst = entries.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => e.Detail!).ToList();

        Assert.Equal(oldestFirst, await Walk(", orderBy: { field: OCCURRED_AT, direction: ASC }"));
        Assert.Equal(Enumerable.Reverse(oldestFirst), await Walk(", orderBy: { direction: DESC }"));
        Assert.Equal(Enumerable.Reverse(oldestFirst), await Walk(""));

        var newest = await Paging.FirstCursorAsync(q => Data(data, token, q),
            args => $"{{ recordingAccessLog({args}) {{ nodes {{ detail }} {Paging.PageInfo} }} }}", d => d.GetProperty("recordingAccessLog"));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ recordingAccessLog(after: \"{newest}\", orderBy: {{ direction: ASC }}) {{ totalCount }} }}")));
        var recording = InsurerData.Id("Recording", recordings[0]);
        Assert.Equal(["BAD_USER_INPUT"], Tokens.ErrorCodes(await data.QueryAsync(token,
            $"{{ recordingAccessLog(recordingId: \"{recording}\", filter: {{ recordingId: \"{recording}\" }}) {{ totalCount }} }}")));
        Assert.Equal(["INVALID_ID"], Tokens.ErrorCodes(await data.QueryAsync(token,
            $"{{ recordingAccessLog(filter: {{ recordingId: \"{InsurerData.Id("Interaction", recordings[0])}\" }}) {{ totalCount }} }}")));
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], Tokens.ErrorCodes(await data.QueryAsync(token, "{ recordingAccessLog(filter: { actions: [PLAYED] }) { totalCount } }")));
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await data.QueryAsync(await data.TokenAsync("inspector", "QUALITY_INSPECTOR"),
            "{ recordingAccessLog(filter: { granted: false }) { totalCount } }")));
    }

    // Fourteen recording entries (two at the same instant) plus a personal-data read that the recording log never shows.
    private async Task<(InsurerData Data, List<AccessLogEntry> Entries, Guid[] Recordings)> SeedAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 1, interactionsPerPolicy: 0);
        var recordings = new[] { Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7() };
        var start = DateTimeOffset.UtcNow.AddHours(-30);
        var entries = Enumerable.Range(0, 14).Select(i =>
        {
            var action = Actions[i % Actions.Length];
            var (kind, actor) = (i % 5) switch
            {
                3 => (ActorKind.Customer, "customer@" + data.Code),
                4 => (ActorKind.ServiceClient, "svc-" + data.Code),
                _ => (ActorKind.Staff, (i % 2 == 0 ? data.Agent1Id : data.Agent2Id).ToString()),
            };
            return new AccessLogEntry
            {
                TenantId = data.Tenant,
                Id = Guid.CreateVersion7(),
                OccurredAt = i == 9 ? start.AddHours(2) : start.AddHours(2 * i),
                ActorKind = kind,
                ActorId = actor,
                Action = action,
                ResourceType = "Recording",
                ResourceId = recordings[i % 3],
                Purpose = "quality review",
                Granted = !action.Contains("Refused", StringComparison.Ordinal),
                Detail = "entry-" + i,
            };
        }).ToList();
        await data.ChangeAsync(db =>
        {
            db.AccessLog.AddRange(entries);
            db.AccessLog.Add(new AccessLogEntry
            {
                TenantId = data.Tenant,
                Id = Guid.CreateVersion7(),
                OccurredAt = start.AddHours(3),
                ActorKind = ActorKind.Staff,
                ActorId = data.Agent1Id.ToString(),
                Action = "ReadSensitiveField",
                ResourceType = "Customer",
                ResourceId = data.Customers[0].Id,
                Field = "idNumber",
                Granted = true,
                Detail = "not a recording",
            });
            return Task.CompletedTask;
        });
        return (data, entries, recordings);
    }

    private static async Task<JsonElement> Data(InsurerData data, string token, string query) => Tokens.Data(await data.QueryAsync(token, query));
}
