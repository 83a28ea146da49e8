using Microsoft.EntityFrameworkCore;
using Platform.Domain.Persistence;
using Platform.Domain.Staff;
using Platform.Domain.Training;

namespace Platform.Api.Interactions.Commands;

/// <summary>Reads a staff member's onboarding results and psychological assessments and applies R-AGT-01.</summary>
internal static class AgentCertificationLookup
{
    /// <summary>Whether the staff member may act as an agent, and the gaps if not.</summary>
    public static async Task<AgentCertificationStatus> CheckAsync(PlatformDbContext db, Guid staffMemberId, CancellationToken ct)
    {
        var onboarding = await (
                from record in db.TrainingRecords.AsNoTracking()
                join course in db.TrainingCourses.AsNoTracking() on record.CourseId equals course.Id
                where record.StaffMemberId == staffMemberId && course.Kind == CourseKind.Onboarding
                select new { record.CompletedOn, record.Score, record.Passed })
            .ToListAsync(ct);
        var assessments = await db.PsychologicalAssessments.AsNoTracking()
            .Where(a => a.StaffMemberId == staffMemberId)
            .Select(a => new { a.AssessedOn, a.Passed })
            .ToListAsync(ct);

        // A result without a score cannot show the required 100%.
        return AgentCertification.Check(
            onboarding.Select(r => new OnboardingResult(r.CompletedOn, r.Score ?? 0m, r.Passed)),
            assessments.Select(a => new PsychologicalAssessmentResult(a.AssessedOn, a.Passed)));
    }
}
