using Platform.Domain.Staff;

namespace Platform.Domain.Recordings;

/// <summary>The people a recording's access depends on (R-REC-03).</summary>
/// <param name="RecordingId">The recording.</param>
/// <param name="Tier">Its access tier.</param>
/// <param name="AgentId">The agent who took the call.</param>
/// <param name="AgentSupervisorId">That agent's supervisor (team lead), if any.</param>
/// <param name="ComplaintHandlerId">The handler of the linked complaint, if any.</param>
public sealed record RecordingAccessSubject(Guid RecordingId, RecordingTier Tier, Guid? AgentId, Guid? AgentSupervisorId, Guid? ComplaintHandlerId);

/// <summary>A staff member asking for a recording, with their roles and their separately granted play/download rights (R-REC-05).</summary>
public sealed record RecordingViewer(Guid StaffId, IReadOnlySet<StaffRole> Roles, IReadOnlySet<RecordingAccessKind> Rights);

/// <summary>Why a recording access was refused.</summary>
public enum RecordingAccessRefusal
{
    PurposeMissing,
    NotAuthorisedForTier,
    RightNotGranted,
}

/// <summary>
/// A short-lived link to one recording for one kind of access (R-REC-04, R-REC-05); it names the recording and
/// the kind so it cannot be reused for another, and it expires at most 5 minutes after issue.
/// </summary>
public sealed record RecordingAccessTicket(Guid RecordingId, RecordingAccessKind Kind, Guid StaffId, string Purpose, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Whether the ticket admits this kind of access to this recording at the instant.</summary>
    public bool Admits(Guid recordingId, RecordingAccessKind kind, DateTimeOffset now) =>
        recordingId == RecordingId && kind == Kind && now >= IssuedAt && now < ExpiresAt;
}

/// <summary>What the access log records for every grant and every refusal (R-REC-04); play and download are audited separately.</summary>
public sealed record RecordingAccessAudit(
    Guid RecordingId, Guid StaffId, RecordingAccessKind Kind, string? Purpose, DateTimeOffset At, bool Granted, RecordingAccessRefusal? Refusal);

/// <summary>The answer to a playback or download request: a ticket when granted, always an audit entry.</summary>
public sealed record RecordingAccessDecision(RecordingAccessTicket? Ticket, RecordingAccessRefusal? Refusal, RecordingAccessAudit Audit)
{
    /// <summary>True when access was granted.</summary>
    public bool Granted => Ticket is not null;
}

/// <summary>
/// R-REC-03 / R-REC-04 / R-REC-05: tiered access to recording content. STANDARD: the agent who took the call,
/// their supervisor, quality inspectors, compliance. COMPLAINT: the complaint's handler, quality inspectors,
/// compliance. RESTRICTED: compliance only. Metadata is listed more widely than content. Playback needs a stated
/// purpose and yields a single-recording link living at most 5 minutes; play and download are separate rights;
/// every grant and refusal is audited, and only compliance reads that log.
/// </summary>
public static class RecordingAccessPolicy
{
    /// <summary>Longest lifetime of a playback or download link.</summary>
    public static readonly TimeSpan MaxLinkLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Whether the viewer's roles and relations admit the recording's content tier.</summary>
    public static bool MayAccessContent(RecordingViewer viewer, RecordingAccessSubject recording)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(recording);
        var roles = viewer.Roles;
        if (roles.Contains(StaffRole.ComplianceOfficer))
        {
            return true;
        }

        return recording.Tier switch
        {
            RecordingTier.Standard =>
                roles.Contains(StaffRole.QualityInspector)
                || (roles.Contains(StaffRole.Agent) && recording.AgentId == viewer.StaffId)
                || (roles.Contains(StaffRole.Supervisor) && recording.AgentSupervisorId == viewer.StaffId),
            RecordingTier.Complaint =>
                roles.Contains(StaffRole.QualityInspector)
                || (roles.Contains(StaffRole.ComplaintHandler) && recording.ComplaintHandlerId == viewer.StaffId),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the viewer may list the recording's metadata (time, duration, tier): everyone who may reach its
    /// content, plus supervisors, quality inspectors, complaint handlers and tenant admins for any tier; never trainers alone.
    /// </summary>
    public static bool MayListMetadata(RecordingViewer viewer, RecordingAccessSubject recording)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return MayAccessContent(viewer, recording)
            || viewer.Roles.Contains(StaffRole.Supervisor)
            || viewer.Roles.Contains(StaffRole.QualityInspector)
            || viewer.Roles.Contains(StaffRole.ComplaintHandler)
            || viewer.Roles.Contains(StaffRole.TenantAdmin)
            || (viewer.Roles.Contains(StaffRole.Agent) && recording.AgentId == viewer.StaffId);
    }

    /// <summary>Only compliance reads the recording access log (R-REC-04).</summary>
    public static bool MayReadAccessLog(IReadOnlySet<StaffRole> roles) => roles.Contains(StaffRole.ComplianceOfficer);

    /// <summary>Decides a play or download request; a granted link lives for the requested time, at most 5 minutes.</summary>
    public static RecordingAccessDecision Request(
        RecordingViewer viewer, RecordingAccessSubject recording, RecordingAccessKind kind, string? purpose, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(recording);
        var statedPurpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim();

        RecordingAccessRefusal? refusal =
            statedPurpose is null ? RecordingAccessRefusal.PurposeMissing
            : !MayAccessContent(viewer, recording) ? RecordingAccessRefusal.NotAuthorisedForTier
            : !viewer.Rights.Contains(kind) ? RecordingAccessRefusal.RightNotGranted
            : null;

        var audit = new RecordingAccessAudit(recording.RecordingId, viewer.StaffId, kind, statedPurpose, now, refusal is null, refusal);
        if (refusal is not null)
        {
            return new RecordingAccessDecision(null, refusal, audit);
        }

        var life = lifetime is { } asked && asked > TimeSpan.Zero && asked < MaxLinkLifetime ? asked : MaxLinkLifetime;
        var ticket = new RecordingAccessTicket(recording.RecordingId, kind, viewer.StaffId, statedPurpose!, now, now + life);
        return new RecordingAccessDecision(ticket, null, audit);
    }
}
