using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;

namespace Platform.Api.Training;

/// <summary>Records training results and psychological assessments (trainers); refusals write nothing.</summary>
public static class TrainingCommands
{
    /// <summary>A stored row, or the errors that refused it.</summary>
    public sealed record Result(object? Value, IReadOnlyList<UserError> Errors);

    /// <summary>Records a staff member's completion of a course.</summary>
    public static async Task<Result> RecordTrainingAsync(OperationWork work, IReadOnlyDictionary<string, object?> input, DateTimeOffset now, CancellationToken ct)
    {
        var db = await work.DbAsync(ct);
        var staffId = input.GetValue<Guid>("staffId") ?? Guid.Empty;
        if (!await db.StaffMembers.AnyAsync(s => s.Id == staffId, ct))
        {
            return StaffNotFound();
        }

        TrainingCourse? course = null;
        if (GlobalId.TryDecode(input.Get<string>("courseId"), out var type, out var courseId) && type == "TrainingCourse")
        {
            course = await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        }

        if (course is null)
        {
            return new Result(null, [new UserError("TrainingCourseNotFoundError", "TRAINING_COURSE_NOT_FOUND", "No such course.")]);
        }

        var record = new TrainingRecord
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            StaffMemberId = staffId,
            CourseId = course.Id,
            CompletedOn = input.GetValue<DateOnly>("completedOn") ?? default,
            Hours = input.GetValue<decimal>("hours") ?? course.Hours,
            Score = input.GetValue<decimal>("score"),
            Passed = input.GetValue<bool>("passed") ?? false,
            CreatedAt = now,
        };
        var errors = new List<UserError>();
        if (record.Hours is <= 0 or > 1000)
        {
            errors.Add(Invalid("TrainingRecordInvalidError", "TRAINING_RECORD_INVALID", "hours", "Hours must be above 0 and at most 1000."));
        }

        if (record.Score is < 0 or > 100)
        {
            errors.Add(Invalid("TrainingRecordInvalidError", "TRAINING_RECORD_INVALID", "score", "The score is a percentage, 0 to 100."));
        }

        if (record.CompletedOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            errors.Add(Invalid("TrainingRecordInvalidError", "TRAINING_RECORD_INVALID", "completedOn", "The completion date cannot be in the future."));
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        db.TrainingRecords.Add(record);
        return new Result(record, []);
    }

    /// <summary>Records a psychological assessment result (R-TRN-01).</summary>
    public static async Task<Result> RecordAssessmentAsync(OperationWork work, IReadOnlyDictionary<string, object?> input, DateTimeOffset now, CancellationToken ct)
    {
        var db = await work.DbAsync(ct);
        var staffId = input.GetValue<Guid>("staffId") ?? Guid.Empty;
        if (!await db.StaffMembers.AnyAsync(s => s.Id == staffId, ct))
        {
            return StaffNotFound();
        }

        var assessment = new PsychologicalAssessment
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            StaffMemberId = staffId,
            AssessedOn = input.GetValue<DateOnly>("assessedOn") ?? default,
            Passed = input.GetValue<bool>("passed") ?? false,
            Score = input.GetValue<decimal>("score"),
            Assessor = input.Get<string>("assessor")?.Trim(),
            Notes = input.Get<string>("notes")?.Trim(),
        };
        var errors = new List<UserError>();
        if (assessment.Score is < 0 or > 100)
        {
            errors.Add(Invalid("AssessmentInvalidError", "ASSESSMENT_INVALID", "score", "The score is 0 to 100."));
        }

        if (assessment.AssessedOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            errors.Add(Invalid("AssessmentInvalidError", "ASSESSMENT_INVALID", "assessedOn", "The assessment date cannot be in the future."));
        }

        if (assessment.Notes is { Length: > 2000 })
        {
            errors.Add(Invalid("AssessmentInvalidError", "ASSESSMENT_INVALID", "notes", "Notes have at most 2000 characters."));
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        db.PsychologicalAssessments.Add(assessment);
        return new Result(assessment, []);
    }

    private static UserError Invalid(string type, string code, string field, string message) =>
        new(type, code, message, new Dictionary<string, object?> { ["field"] = field });

    private static Result StaffNotFound() =>
        new(null, [new UserError("TrainingStaffNotFoundError", "TRAINING_STAFF_NOT_FOUND", "No such staff member.")]);
}
