using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Training;

namespace Platform.Api.Training;

/// <summary>Keeps the course catalogue and records training results and psychological assessments (trainers); refusals write nothing.</summary>
public static class TrainingCommands
{
    /// <summary>Longest course code.</summary>
    public const int MaxCodeLength = 40;

    /// <summary>Longest course title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>A stored row, or the errors that refused it.</summary>
    public sealed record Result(object? Value, IReadOnlyList<UserError> Errors);

    /// <summary>Adds a course to the catalogue; its code must be new to the tenant.</summary>
    public static async Task<Result> CreateCourseAsync(OperationWork work, IReadOnlyDictionary<string, object?> input, DateTimeOffset now, CancellationToken ct)
    {
        var course = new TrainingCourse
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            Code = input.Get<string>("code")?.Trim() ?? "",
            Title = input.Get<string>("title")?.Trim() ?? "",
            Kind = input.GetValue<CourseKind>("kind") ?? CourseKind.Onboarding,
            Hours = input.GetValue<decimal>("hours") ?? 0,
            CreatedAt = now,
        };
        var errors = ValidateCourse(course);
        if (course.Code.Length is 0 or > MaxCodeLength || course.Code.Any(char.IsWhiteSpace))
        {
            errors.Insert(0, Invalid("TrainingCourseInvalidError", "TRAINING_COURSE_INVALID", "code", $"A course code has 1 to {MaxCodeLength} characters and no spaces."));
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var db = await work.DbAsync(ct);
        if (await db.TrainingCourses.AnyAsync(c => c.Code == course.Code, ct))
        {
            return new Result(null, [new UserError("TrainingCourseCodeTakenError", "TRAINING_COURSE_CODE_TAKEN", $"Course code {course.Code} is already in use.")]);
        }

        db.TrainingCourses.Add(course);
        return new Result(course, []);
    }

    /// <summary>Changes a course's title or hours; stored training records keep the hours they were credited.</summary>
    public static async Task<Result> UpdateCourseAsync(OperationWork work, IReadOnlyDictionary<string, object?> input, CancellationToken ct)
    {
        var db = await work.DbAsync(ct);
        TrainingCourse? course = null;
        if (GlobalId.TryDecode(input.Get<string>("id"), out var type, out var id) && type == "TrainingCourse")
        {
            course = await db.TrainingCourses.AsTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        }

        if (course is null)
        {
            return CourseNotFound();
        }

        course.Title = input.Get<string>("title")?.Trim() ?? course.Title;
        course.Hours = input.GetValue<decimal>("hours") ?? course.Hours;
        var errors = ValidateCourse(course);
        if (errors.Count > 0)
        {
            db.Entry(course).State = EntityState.Detached;
            return new Result(null, errors);
        }

        return new Result(course, []);
    }

    private static List<UserError> ValidateCourse(TrainingCourse course)
    {
        var errors = new List<UserError>();
        if (course.Title.Length is 0 or > MaxTitleLength)
        {
            errors.Add(Invalid("TrainingCourseInvalidError", "TRAINING_COURSE_INVALID", "title", $"A course title has 1 to {MaxTitleLength} characters."));
        }

        // The column holds two decimals; more would be rounded away silently.
        if (course.Hours is <= 0 or > 1000 || decimal.Round(course.Hours, 2) != course.Hours)
        {
            errors.Add(Invalid("TrainingCourseInvalidError", "TRAINING_COURSE_INVALID", "hours", "Hours must be above 0 and at most 1000, with at most two decimals."));
        }

        return errors;
    }

    private static Result CourseNotFound() =>
        new(null, [new UserError("TrainingCourseNotFoundError", "TRAINING_COURSE_NOT_FOUND", "No such course.")]);

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
            return CourseNotFound();
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
