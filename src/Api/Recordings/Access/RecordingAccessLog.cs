using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Access;

/// <summary>
/// Writes recording access to the tenant's append-only access log (R-REC-04): every grant, refusal and use of a
/// link, with play and download under separate action names (R-REC-05).
/// </summary>
public static class RecordingAccessLog
{
    /// <summary>The resource type of recording rows in the access log.</summary>
    public const string ResourceType = "Recording";

    /// <summary>The action name for a request decision, e.g. <c>PlaybackGranted</c> or <c>DownloadRefused</c>.</summary>
    public static string RequestAction(RecordingAccessKind kind, bool granted) => Prefix(kind) + (granted ? "Granted" : "Refused");

    /// <summary>The action name for a link presented to the content endpoint, e.g. <c>PlaybackServed</c> or <c>DownloadLinkRefused</c>.</summary>
    public static string LinkAction(RecordingAccessKind kind, bool served) => Prefix(kind) + (served ? "Served" : "LinkRefused");

    /// <summary>Adds one row to the unit of work; it is written when the unit of work commits.</summary>
    public static void Add(
        TenantUnitOfWork work, ActorKind actorKind, string actorId, string action, Guid recordingId, string? purpose, bool granted, string? detail, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(work);
        work.Db.AccessLog.Add(new AccessLogEntry
        {
            TenantId = work.TenantId,
            Id = Guid.CreateVersion7(at),
            OccurredAt = at,
            ActorKind = actorKind,
            ActorId = actorId,
            Action = action,
            ResourceType = ResourceType,
            ResourceId = recordingId,
            Purpose = purpose,
            Granted = granted,
            Detail = detail,
        });
    }

    private static string Prefix(RecordingAccessKind kind) => kind == RecordingAccessKind.Download ? "Download" : "Playback";
}
