using Microsoft.EntityFrameworkCore;
using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Api.Recordings.Access;
using Platform.Api.Recordings.Retention;
using Platform.Domain.Entities;
using Platform.Domain.Recordings;
using Platform.Domain.Recordings.Storage;
using Platform.GraphQL.Execution;
using StoredContent = Platform.Domain.Recordings.Storage.RecordingContent;

namespace Platform.Api.Recordings.Graph;

/// <summary>A mutation payload: the changed recording (or playback link) and the typed errors.</summary>
public sealed record RecordingPayload(object? Value, IReadOnlyList<Errors.UserError> Errors)
{
    /// <summary>A success.</summary>
    public static RecordingPayload Of(object value) => new(value, []);

    /// <summary>A refusal.</summary>
    public static RecordingPayload Refused(Errors.UserError error) => new(null, [error]);
}

/// <summary>The recordings mutations; resolvers stay thin and the rules come from src/Domain/Recordings.</summary>
public static class RecordingCommands
{
    /// <summary>Largest content accepted inline by attachRecording.</summary>
    public const int MaxContentBytes = 16 * 1024 * 1024;

    /// <summary>Resolves <c>Mutation.attachRecording</c> (R-REC-01, R-REC-02).</summary>
    public static async ValueTask<object?> AttachAsync(IResolveFieldContext context)
    {
        var input = RecordingInput.Of(context);
        var interactionId = input.Id("interactionId", "Interaction");
        var startedAt = input.Get<DateTimeOffset?>("startedAt") ?? default;
        var duration = input.Int("durationSeconds") ?? -1;
        var contentType = input.Get<string>("contentType")?.Trim() ?? "";
        if (duration is < 0 or > 86_400)
        {
            return RecordingPayload.Refused(RecordingErrors.InvalidContent("The duration must be 0 to 86400 seconds."));
        }

        if (!contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) || contentType.Length > 100)
        {
            return RecordingPayload.Refused(RecordingErrors.InvalidContent("The content type must be an audio media type such as audio/wav."));
        }

        var data = Decode(input.Get<string>("contentBase64"));
        if (data is null)
        {
            return RecordingPayload.Refused(RecordingErrors.InvalidContent($"The content must be non-empty base64 of at most {MaxContentBytes} bytes."));
        }

        var ct = context.CancellationToken;
        var work = context.Work();
        var caller = context.Caller();
        var db = await work.DbAsync(ct);
        var interaction = await db.Interactions.AsNoTracking().Where(i => i.Id == interactionId)
            .Select(i => new { i.Id, i.AgentId }).FirstOrDefaultAsync(ct);
        var staffId = (await caller.RecordAsync(work, ct)).StaffId;
        // An agent attaches only to their own calls; supervisors and compliance to any call of the tenant.
        if (interaction is null || (!caller.HasAny(Role.Supervisor, Role.ComplianceOfficer) && interaction.AgentId != staffId))
        {
            return RecordingPayload.Refused(RecordingErrors.InteractionNotFound());
        }

        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var zone = await db.Tenants.AsNoTracking().Where(t => t.Id == work.TenantId).Select(t => t.TimeZone).FirstOrDefaultAsync(ct);
        var health = input.Get<bool?>("containsHealthInformation") ?? false;
        var flagged = input.Get<bool?>("flagged") ?? false;
        var recording = new Recording
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            InteractionId = interactionId,
            StartedAt = startedAt,
            DurationSeconds = duration,
            ContainsHealthInformation = health,
            Flagged = flagged,
            Tier = RecordingTiering.TierFor(false, health, flagged, false),
            RetentionUntil = RecordingRetention.InitialRetainUntil(RecordingPurgeWorker.TenantToday(zone, startedAt)),
            ContentType = contentType,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Recordings.Add(recording);
        // The content store seals in its own transaction and describes the committed row.
        await work.CommitAsync(ct);
        var store = context.RequestServices.GetRequiredService<IRecordingContentStore>();
        try
        {
            await store.SaveAsync(recording.TenantId, recording.Id, new StoredContent(contentType, data), ct);
        }
        catch
        {
            var cleanup = await work.DbAsync(CancellationToken.None);
            await cleanup.Recordings.Where(r => r.Id == recording.Id).ExecuteDeleteAsync(CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
            throw;
        }

        recording.SizeBytes = data.Length;
        recording.ContentSha256 = System.Security.Cryptography.SHA256.HashData(data);
        return RecordingPayload.Of(recording);
    }

    /// <summary>Resolves <c>Mutation.requestRecordingPlayback</c> (R-REC-03/04/05).</summary>
    public static async ValueTask<object?> RequestPlaybackAsync(IResolveFieldContext context)
    {
        var input = RecordingInput.Of(context);
        var recordingId = input.Id("recordingId", RecordingsSchema.RecordingType);
        var kind = RecordingQueries.EnumValue<RecordingAccessKind>(Fields(context), "kind") ?? RecordingAccessKind.Play;
        var lifetime = input.Int("lifetimeSeconds");
        if (lifetime is < 1 or > 300)
        {
            throw new GraphQLException("lifetimeSeconds must be 1 to 300.", "BAD_USER_INPUT");
        }

        var playback = context.RequestServices.GetRequiredService<RecordingPlayback>();
        var caller = RecordingCaller.From(context.Caller());
        var outcome = await playback.RequestAsync(
            caller, recordingId, kind, input.Get<string>("purpose"), lifetime is { } s ? TimeSpan.FromSeconds(s) : null, context.CancellationToken);
        return outcome.Refusal switch
        {
            null => RecordingPayload.Of(outcome),
            PlaybackRefusal.PurposeMissing => RecordingPayload.Refused(RecordingErrors.PurposeRequired()),
            PlaybackRefusal.NotAuthorisedForTier => RecordingPayload.Refused(RecordingErrors.TierDenied(outcome.Tier)),
            PlaybackRefusal.RightNotGranted => RecordingPayload.Refused(RecordingErrors.RightNotGranted(kind)),
            PlaybackRefusal.NotStaff => RecordingPayload.Refused(RecordingErrors.NotStaff()),
            _ => RecordingPayload.Refused(RecordingErrors.NotFound()),
        };
    }

    /// <summary>Resolves <c>Mutation.placeLegalHold</c>.</summary>
    public static async ValueTask<object?> PlaceLegalHoldAsync(IResolveFieldContext context)
    {
        var input = RecordingInput.Of(context);
        var reason = input.Get<string>("reason")?.Trim();
        var recording = await TrackedAsync(context, input.Id("recordingId", RecordingsSchema.RecordingType));
        if (recording is null)
        {
            return RecordingPayload.Refused(RecordingErrors.NotFound());
        }

        if (string.IsNullOrEmpty(reason))
        {
            return RecordingPayload.Refused(RecordingErrors.ReasonRequired());
        }

        recording.LegalHold = true;
        recording.LegalHoldReason = reason.Length > 1000 ? reason[..1000] : reason;
        Retier(recording);
        return RecordingPayload.Of(recording);
    }

    /// <summary>Resolves <c>Mutation.releaseLegalHold</c>.</summary>
    public static async ValueTask<object?> ReleaseLegalHoldAsync(IResolveFieldContext context)
    {
        var input = RecordingInput.Of(context);
        var recording = await TrackedAsync(context, input.Id("recordingId", RecordingsSchema.RecordingType));
        if (recording is null)
        {
            return RecordingPayload.Refused(RecordingErrors.NotFound());
        }

        if (!recording.LegalHold)
        {
            return RecordingPayload.Refused(RecordingErrors.NotUnderHold());
        }

        recording.LegalHold = false;
        recording.LegalHoldReason = null;
        Retier(recording);
        return RecordingPayload.Of(recording);
    }

    /// <summary>Resolves <c>Mutation.extendRecordingRetention</c> (R-REC-06: raise, never lower).</summary>
    public static async ValueTask<object?> ExtendRetentionAsync(IResolveFieldContext context)
    {
        var input = RecordingInput.Of(context);
        var proposed = input.Get<DateOnly?>("retainUntil") ?? default;
        var recording = await TrackedAsync(context, input.Id("recordingId", RecordingsSchema.RecordingType));
        if (recording is null)
        {
            return RecordingPayload.Refused(RecordingErrors.NotFound());
        }

        var decision = RecordingRetention.ChangeRetainUntil(recording.RetentionUntil, proposed);
        if (!decision.Allowed)
        {
            return RecordingPayload.Refused(RecordingErrors.WouldLower(recording.RetentionUntil));
        }

        recording.RetentionUntil = decision.RetainUntil;
        return RecordingPayload.Of(recording);
    }

    /// <summary>Resolves <c>Mutation.linkRecordingToComplaint</c> (R-REC-02: 5 years from linking; R-REC-03: tier COMPLAINT).</summary>
    public static async ValueTask<object?> LinkToComplaintAsync(IResolveFieldContext context)
    {
        var input = RecordingInput.Of(context);
        var complaintId = input.Id("complaintId", "Complaint");
        var recording = await TrackedAsync(context, input.Id("recordingId", RecordingsSchema.RecordingType));
        if (recording is null)
        {
            return RecordingPayload.Refused(RecordingErrors.NotFound());
        }

        var db = await context.Work().DbAsync(context.CancellationToken);
        if (!await db.Complaints.AnyAsync(c => c.Id == complaintId, context.CancellationToken))
        {
            return RecordingPayload.Refused(RecordingErrors.ComplaintNotFound());
        }

        if (recording.ComplaintId is { } linked && linked != complaintId)
        {
            return RecordingPayload.Refused(RecordingErrors.AlreadyLinked());
        }

        if (recording.ComplaintId is null)
        {
            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            var today = RecordingPurgeWorker.TenantToday(await ZoneAsync(context), now);
            recording.ComplaintId = complaintId;
            recording.LinkedAt = now;
            recording.RetentionUntil = RecordingRetention.OnLinkedToComplaint(recording.RetentionUntil, today);
            Retier(recording);
        }

        return RecordingPayload.Of(recording);
    }

    /// <summary>Resolves <c>Mutation.deleteRecording</c> (R-REC-02 refusals; R-REC-06 tombstone).</summary>
    public static async ValueTask<object?> DeleteAsync(IResolveFieldContext context)
    {
        var input = RecordingInput.Of(context);
        var ct = context.CancellationToken;
        var recording = await TrackedAsync(context, input.Id("recordingId", RecordingsSchema.RecordingType));
        if (recording is null)
        {
            return RecordingPayload.Refused(RecordingErrors.NotFound());
        }

        var today = RecordingPurgeWorker.TenantToday(await ZoneAsync(context), context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var decision = RecordingRetention.DecideDeletion(recording.RetentionUntil, recording.LegalHold, today);
        if (!decision.Allowed)
        {
            return RecordingPayload.Refused(decision.Refusal == RetentionRefusal.LegalHold
                ? RecordingErrors.UnderHold()
                : RecordingErrors.RetentionNotExpired(recording.RetentionUntil));
        }

        var work = context.Work();
        await work.CommitAsync(ct);
        var purge = context.RequestServices.GetRequiredService<RecordingPurge>();
        await purge.PurgeExpiredAsync(recording.TenantId, today, batchSize: 1, only: recording.Id, ct);
        var db = await work.DbAsync(ct);
        var purged = await db.Recordings.AsNoTracking().FirstAsync(r => r.Id == recording.Id, ct);
        return RecordingPayload.Of(purged);
    }

    private static async Task<Recording?> TrackedAsync(IResolveFieldContext context, Guid recordingId)
    {
        var db = await context.Work().DbAsync(context.CancellationToken);
        return await db.Recordings.FirstOrDefaultAsync(r => r.Id == recordingId && r.PurgedAt == null, context.CancellationToken);
    }

    private static async Task<string?> ZoneAsync(IResolveFieldContext context)
    {
        var work = context.Work();
        var db = await work.DbAsync(context.CancellationToken);
        return await db.Tenants.AsNoTracking().Where(t => t.Id == work.TenantId).Select(t => t.TimeZone).FirstOrDefaultAsync(context.CancellationToken);
    }

    private static void Retier(Recording recording) =>
        recording.Tier = RecordingTiering.TierFor(recording.LegalHold, recording.ContainsHealthInformation, recording.Flagged, recording.ComplaintId is not null);

    private static IReadOnlyDictionary<string, object?> Fields(IResolveFieldContext context) =>
        context.GetArgument<IReadOnlyDictionary<string, object?>>("input") ?? new Dictionary<string, object?>();

    private static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64) || base64.Length > (MaxContentBytes / 3 * 4) + 4)
        {
            return null;
        }

        var buffer = new byte[base64.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written > 0 ? buffer[..written] : null;
    }
}
