using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Recordings.Access;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Recordings;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.Api.Recordings.Graph;

/// <summary>The recordings queries: metadata list, the access log (compliance only) and the tombstone chain.</summary>
public static class RecordingQueries
{
    private static readonly KeysetOrder<Recording, DateTimeOffset> NewestFirst = new("rec-started-desc", r => r.StartedAt, r => r.Id, descending: true);
    private static readonly KeysetOrder<Recording, DateTimeOffset> OldestFirst = new("rec-started-asc", r => r.StartedAt, r => r.Id, descending: false);
    private static readonly KeysetOrder<Recording, DateOnly> RetainUntil = new("rec-retain-asc", r => r.RetentionUntil, r => r.Id, descending: false);
    // OCCURRED_AT DESC keeps the name it had as the only order, so its cursors stay valid.
    private static readonly KeysetOrders<AccessLogEntry> LogOrders = new KeysetOrders<AccessLogEntry>("reclog")
        .Add("OCCURRED_AT", descending: true, new KeysetOrder<AccessLogEntry, DateTimeOffset>("reclog-desc", e => e.OccurredAt, e => e.Id, descending: true))
        .Add("OCCURRED_AT", descending: false, new KeysetOrder<AccessLogEntry, DateTimeOffset>("reclog:OCCURRED_AT", e => e.OccurredAt, e => e.Id, descending: false));

    // The stored action names (RecordingAccessLog.RequestAction / LinkAction) of the schema's RecordingAccessAction values.
    private static readonly Dictionary<string, string> ActionNames = new(StringComparer.Ordinal)
    {
        ["PLAYBACK_GRANTED"] = RecordingAccessLog.RequestAction(RecordingAccessKind.Play, granted: true),
        ["PLAYBACK_REFUSED"] = RecordingAccessLog.RequestAction(RecordingAccessKind.Play, granted: false),
        ["PLAYBACK_SERVED"] = RecordingAccessLog.LinkAction(RecordingAccessKind.Play, served: true),
        ["PLAYBACK_LINK_REFUSED"] = RecordingAccessLog.LinkAction(RecordingAccessKind.Play, served: false),
        ["DOWNLOAD_GRANTED"] = RecordingAccessLog.RequestAction(RecordingAccessKind.Download, granted: true),
        ["DOWNLOAD_REFUSED"] = RecordingAccessLog.RequestAction(RecordingAccessKind.Download, granted: false),
        ["DOWNLOAD_SERVED"] = RecordingAccessLog.LinkAction(RecordingAccessKind.Download, served: true),
        ["DOWNLOAD_LINK_REFUSED"] = RecordingAccessLog.LinkAction(RecordingAccessKind.Download, served: false),
    };

    /// <summary>Resolves <c>Query.recordings</c>.</summary>
    public static async ValueTask<object?> RecordingsAsync(IResolveFieldContext context)
    {
        var page = PageRequest.From(context);
        var ct = context.CancellationToken;
        var query = Filter(await RecordingScope.VisibleAsync(context.Work(), context.Caller(), ct),
            context.GetArgument<IReadOnlyDictionary<string, object?>>("filter"));
        var order = context.Arguments.TryGetValue("orderBy", out var value) ? value?.ToString() : null;
        return order switch
        {
            "StartedAtAsc" or "STARTED_AT_ASC" => await Keyset.PageAsync(query, OldestFirst, page, ct),
            "RetainUntilAsc" or "RETAIN_UNTIL_ASC" => await Keyset.PageAsync(query, RetainUntil, page, ct),
            _ => await Keyset.PageAsync(query, NewestFirst, page, ct),
        };
    }

    /// <summary>Resolves <c>Query.recordingAccessLog</c> (the root field admits compliance only).</summary>
    /// <exception cref="GraphQLException">BAD_USER_INPUT when the recording is named both as argument and in the filter.</exception>
    public static async ValueTask<object?> AccessLogAsync(IResolveFieldContext context)
    {
        var page = PageRequest.From(context);
        var order = LogOrders.Pick(context.Input("orderBy"), "OCCURRED_AT", defaultDescending: true);
        var filter = context.Input("filter");
        var legacyRecording = context.GetArgument<string>("recordingId");
        if (legacyRecording is not null && filter.Has("recordingId"))
        {
            throw new GraphQLException("Name the recording either in filter.recordingId or in the deprecated recordingId argument, not both.", "BAD_USER_INPUT");
        }

        var db = await context.Work().DbAsync(context.CancellationToken);
        var entries = db.AccessLog.Where(e => e.ResourceType == RecordingAccessLog.ResourceType);
        if ((legacyRecording ?? filter.Get<string>("recordingId")) is { } id)
        {
            var recordingId = GlobalId.Parse(id, RecordingsSchema.RecordingType);
            entries = entries.Where(e => e.ResourceId == recordingId);
        }

        if (filter.Get<string>("actorId") is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor);
        }

        if (filter.List<ActorKind>("actorKinds") is { } kinds)
        {
            var wanted = kinds.ToArray();
            entries = entries.Where(e => wanted.Contains(e.ActorKind));
        }

        if (filter.List<string>("actions") is { } actions)
        {
            var wanted = actions.Select(a => ActionNames[a]).ToArray();
            entries = entries.Where(e => wanted.Contains(e.Action));
        }

        if (filter.GetValue<bool>("granted") is { } granted)
        {
            entries = entries.Where(e => e.Granted == granted);
        }

        if (filter.GetValue<DateTimeOffset>("occurredFrom") is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (filter.GetValue<DateTimeOffset>("occurredBefore") is { } before)
        {
            entries = entries.Where(e => e.OccurredAt < before);
        }

        return await order.PageAsync(entries, page, context.CancellationToken);
    }

    /// <summary>Resolves <c>Query.recordingTombstoneChain</c>.</summary>
    public static async ValueTask<object?> TombstoneChainAsync(IResolveFieldContext context)
    {
        var work = context.Work();
        var tenantId = work.TenantId ?? throw new GraphQLException("Tenant data is not available to platform principals.", "FORBIDDEN");
        var purge = context.RequestServices.GetRequiredService<Retention.RecordingPurge>();
        var (verification, length) = await purge.VerifyChainAsync(tenantId, context.CancellationToken);
        return new TombstoneChainState(verification, length);
    }

    /// <summary>Resolves <c>Interaction.recordings</c>: one batched query per level, within the caller's scope.</summary>
    public static async ValueTask<object?> OfInteractionAsync(IResolveFieldContext context)
    {
        var interactionId = ((Interaction)context.Source!).Id;
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader("Recording.byInteraction", () => new GroupDataLoader<Guid, Recording>(async (ids, ct) =>
        {
            var visible = await RecordingScope.VisibleAsync(work, caller, ct);
            var rows = await visible.AsNoTracking()
                .Where(r => r.InteractionId != null && ids.Contains(r.InteractionId.Value) && r.PurgedAt == null)
                .OrderBy(r => r.StartedAt).ThenBy(r => r.Id)
                .ToListAsync(ct);
            return rows.ToLookup(r => r.InteractionId!.Value);
        }));
        return await loader.LoadAsync(interactionId);
    }

    /// <summary>Batch loader of <c>Recording</c> nodes, within the caller's scope.</summary>
    public static async Task<IReadOnlyDictionary<Guid, object>> LoadNodesAsync(
        OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var visible = await RecordingScope.VisibleAsync(work, caller, ct);
        var rows = await visible.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => (object)r);
    }

    private static IQueryable<Recording> Filter(IQueryable<Recording> query, IReadOnlyDictionary<string, object?>? filter)
    {
        var input = new RecordingInput(filter ?? new Dictionary<string, object?>());
        if (input.OptionalId("interactionId", "Interaction") is { } interactionId)
        {
            query = query.Where(r => r.InteractionId == interactionId);
        }

        if (input.OptionalId("complaintId", "Complaint") is { } complaintId)
        {
            query = query.Where(r => r.ComplaintId == complaintId);
        }

        if (EnumValue<RecordingTier>(filter, "tier") is { } tier)
        {
            query = query.Where(r => r.Tier == tier);
        }

        if (filter?.GetValueOrDefault("legalHold") is bool hold)
        {
            query = query.Where(r => r.LegalHold == hold);
        }

        if (input.Get<DateTimeOffset?>("startedFrom") is { } from)
        {
            query = query.Where(r => r.StartedAt >= from);
        }

        if (input.Get<DateTimeOffset?>("startedBefore") is { } until)
        {
            query = query.Where(r => r.StartedAt < until);
        }

        if (filter?.GetValueOrDefault("includePurged") is not true)
        {
            query = query.Where(r => r.PurgedAt == null);
        }

        return query;
    }

    /// <summary>An enum value of an input field, bound (CLR member) or as its SDL name.</summary>
    public static T? EnumValue<T>(IReadOnlyDictionary<string, object?>? fields, string name)
        where T : struct, Enum => fields?.GetValueOrDefault(name) switch
        {
            T value => value,
            string text when Enum.TryParse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) => parsed,
            _ => null,
        };
}

/// <summary>The result of verifying the tombstone chain, as the schema shows it.</summary>
public sealed record TombstoneChainState(TombstoneChainVerification Verification, long Length);
