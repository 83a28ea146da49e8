using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.Domain.Staff;
using Platform.Domain.Training;
using Platform.GraphQL.Execution;

namespace Platform.Api.Training;

/// <summary>One line of the compliance view, with the staff member it concerns.</summary>
public sealed record TrainingShortfallView(StaffMember Staff, TrainingRequirement Requirement, string Period, decimal RequiredHours, decimal CompletedHours, decimal ShortByHours);

/// <summary>The compliance view of a quarter (R-TRN-04).</summary>
public sealed record TrainingComplianceReport(int Year, int Quarter, IReadOnlyList<TrainingShortfallView> Shortfalls);

/// <summary>A staff member's agent certification (R-AGT-01, R-TRN-01).</summary>
public sealed record AgentCertificationView(StaffMember Staff, bool MayActAsAgent, IReadOnlyList<CertificationGap> Gaps);

/// <summary>
/// R-TRN-02..04 and R-AGT-01 over the database: the active staff in the caller's scope with their roles, and their
/// trainings of the year, handed to the pure domain rules.
/// </summary>
public static class TrainingComplianceQueries
{
    /// <summary>Who in the caller's scope is short of the quarterly refresher or annual hours, and by how much.</summary>
    public static async Task<TrainingComplianceReport> ReportAsync(OperationWork work, OperationCaller caller, int year, int quarter, CancellationToken ct)
    {
        if (quarter is < 1 or > 4 || year is < 2000 or > 2100)
        {
            throw new GraphQLException("The quarter must be 1 to 4 and the year between 2000 and 2100.", "BAD_USER_INPUT");
        }

        var scope = await TrainingScope.RecordsAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var staff = await scope.Staff(db).AsNoTracking().Where(s => s.Active).ToListAsync(ct);
        var ids = staff.Select(s => s.Id).ToList();
        var roles = (await db.StaffRoleAssignments.AsNoTracking().Where(a => ids.Contains(a.StaffMemberId)).Select(a => new { a.StaffMemberId, a.Role }).ToListAsync(ct))
            .ToLookup(a => a.StaffMemberId, a => a.Role);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var trainings = await db.TrainingRecords.AsNoTracking()
            .Where(r => ids.Contains(r.StaffMemberId) && r.CompletedOn >= first && r.CompletedOn <= last)
            .Join(db.TrainingCourses, r => r.CourseId, c => c.Id, (r, c) => new CompletedTraining(r.StaffMemberId, c.Kind, r.CompletedOn, r.Hours, r.Passed))
            .ToListAsync(ct);

        var byId = staff.ToDictionary(s => s.Id);
        var shortfalls = TrainingCompliance.Shortfalls(
            staff.Select(s => new TrainingSubject(s.Id, roles[s.Id].ToHashSet())), trainings, year, quarter);
        return new TrainingComplianceReport(year, quarter,
            [.. shortfalls.Select(s => new TrainingShortfallView(byId[s.StaffId], s.Requirement, s.Period, s.RequiredHours, s.CompletedHours, s.ShortByHours))]);
    }

    /// <summary>Whether the staff member (in the caller's scope) may act as an agent; null when not visible.</summary>
    public static async Task<AgentCertificationView?> CertificationAsync(OperationWork work, OperationCaller caller, Guid staffId, CancellationToken ct)
    {
        var scope = await TrainingScope.RecordsAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var staff = await scope.Staff(db).AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct);
        if (staff is null)
        {
            return null;
        }

        var onboarding = await db.TrainingRecords.AsNoTracking()
            .Where(r => r.StaffMemberId == staffId && db.TrainingCourses.Any(c => c.Id == r.CourseId && c.Kind == CourseKind.Onboarding))
            .Select(r => new OnboardingResult(r.CompletedOn, r.Score ?? 0m, r.Passed)).ToListAsync(ct);
        var assessments = await db.PsychologicalAssessments.AsNoTracking().Where(a => a.StaffMemberId == staffId)
            .Select(a => new PsychologicalAssessmentResult(a.AssessedOn, a.Passed)).ToListAsync(ct);
        var status = AgentCertification.Check(onboarding, assessments);
        return new AgentCertificationView(staff, status.MayActAsAgent, status.Gaps);
    }
}
