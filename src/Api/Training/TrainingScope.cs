using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Training;

/// <summary>
/// Whose training data the caller reads: trainers, compliance, quality inspection and tenant admins everybody's;
/// a supervisor their teams' members and themselves; any other staff member only their own. Psychological
/// assessments are narrower: only trainers and compliance read everybody's. No customer data is involved.
/// </summary>
internal sealed record TrainingScope(bool All, Guid OwnStaffId, Guid SupervisorId)
{
    /// <summary>The scope for training records, courses and the compliance view.</summary>
    public static async ValueTask<TrainingScope> RecordsAsync(OperationCaller caller, OperationWork work, CancellationToken ct) =>
        await ForAsync(caller, work, caller.HasAny(Role.Trainer, Role.ComplianceOfficer, Role.QualityInspector, Role.TenantAdmin), ct);

    /// <summary>The scope for psychological assessments (personal HR data).</summary>
    public static async ValueTask<TrainingScope> AssessmentsAsync(OperationCaller caller, OperationWork work, CancellationToken ct) =>
        await ForAsync(caller, work, caller.HasAny(Role.Trainer, Role.ComplianceOfficer), ct);

    /// <summary>Staff ids in scope, as a filter on staff members.</summary>
    public IQueryable<StaffMember> Staff(PlatformDbContext db)
    {
        if (All)
        {
            return db.StaffMembers;
        }

        // Guid.Empty never matches, so a caller without a staff record sees nobody.
        var own = OwnStaffId;
        var supervisor = SupervisorId;
        return db.StaffMembers.Where(s => s.Id == own || db.Teams.Any(t => t.Id == s.TeamId && t.SupervisorId == supervisor));
    }

    private static async ValueTask<TrainingScope> ForAsync(OperationCaller caller, OperationWork work, bool all, CancellationToken ct)
    {
        var record = await caller.RecordAsync(work, ct);
        var own = record.StaffId ?? Guid.Empty;
        return new TrainingScope(all, own, caller.Has(Role.Supervisor) ? own : Guid.Empty);
    }
}
