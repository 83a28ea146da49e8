using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Recordings.Graph;

/// <summary>
/// Row scoping of recording metadata (R-REC-03, <see cref="Platform.Domain.Recordings.RecordingAccessPolicy.MayListMetadata"/>):
/// supervisors, quality inspectors, complaint handlers, compliance and tenant admins list every recording of the
/// tenant; an agent lists the recordings of their own calls; everyone else lists nothing.
/// </summary>
public static class RecordingScope
{
    /// <summary>The recordings the caller may list, from the operation's context.</summary>
    public static async Task<IQueryable<Recording>> VisibleAsync(OperationWork work, OperationCaller caller, CancellationToken ct)
    {
        var db = await work.DbAsync(ct);
        if (caller.HasAny(Role.Supervisor, Role.QualityInspector, Role.ComplaintHandler, Role.ComplianceOfficer, Role.TenantAdmin))
        {
            return db.Recordings;
        }

        if (caller.Has(Role.Agent) && (await caller.RecordAsync(work, ct)).StaffId is { } staffId)
        {
            return OwnCalls(db, staffId);
        }

        return db.Recordings.Where(_ => false);
    }

    private static IQueryable<Recording> OwnCalls(PlatformDbContext db, Guid staffId) =>
        db.Recordings.Where(r => db.Interactions.Any(i => i.Id == r.InteractionId && i.AgentId == staffId));
}
