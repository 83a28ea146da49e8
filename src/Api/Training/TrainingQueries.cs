using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Training;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.Api.Training;

/// <summary>Courses, training records and psychological assessments: scoped lists, node lookups and loaders.</summary>
public static class TrainingQueries
{
    // The default orders keep the names they had as the only orders, so their cursors stay valid.
    private static readonly KeysetOrders<TrainingCourse> CourseOrders = new KeysetOrders<TrainingCourse>("courses")
        .Add("CODE", descending: false, new KeysetOrder<TrainingCourse, string>("code", c => c.Code, c => c.Id, descending: false))
        .Add("CODE", descending: true, new KeysetOrder<TrainingCourse, string>("courses:CODE:desc", c => c.Code, c => c.Id, descending: true))
        .Add("TITLE", c => c.Title, c => c.Id)
        .Add("CREATED_AT", c => c.CreatedAt, c => c.Id);

    private static readonly KeysetOrders<TrainingRecord> RecordOrders = new KeysetOrders<TrainingRecord>("training-records")
        .Add("COMPLETED_ON", descending: true, new KeysetOrder<TrainingRecord, DateOnly>("completed-desc", r => r.CompletedOn, r => r.Id, descending: true))
        .Add("COMPLETED_ON", descending: false, new KeysetOrder<TrainingRecord, DateOnly>("training-records:COMPLETED_ON", r => r.CompletedOn, r => r.Id, descending: false));

    private static readonly KeysetOrders<PsychologicalAssessment> AssessmentOrders = new KeysetOrders<PsychologicalAssessment>("assessments")
        .Add("ASSESSED_ON", descending: true, new KeysetOrder<PsychologicalAssessment, DateOnly>("assessed-desc", a => a.AssessedOn, a => a.Id, descending: true))
        .Add("ASSESSED_ON", descending: false, new KeysetOrder<PsychologicalAssessment, DateOnly>("assessments:ASSESSED_ON", a => a.AssessedOn, a => a.Id, descending: false));

    /// <summary>One page of the tenant's courses, by code unless <paramref name="orderBy"/> says otherwise.</summary>
    public static async Task<Connection<TrainingCourse>> CoursesAsync(
        OperationWork work, PageRequest page, IReadOnlyDictionary<string, object?>? filter, IReadOnlyDictionary<string, object?>? orderBy, CancellationToken ct)
    {
        var order = CourseOrders.Pick(orderBy, "CODE", defaultDescending: false);
        var db = await work.DbAsync(ct);
        IQueryable<TrainingCourse> query = db.TrainingCourses.AsNoTracking();
        if (filter.List<CourseKind>("kinds") is { } kinds)
        {
            var wanted = kinds.ToArray();
            query = query.Where(c => wanted.Contains(c.Kind));
        }

        if (filter.Get<string>("codePrefix") is { Length: > 0 } prefix)
        {
            query = query.Where(c => c.Code.StartsWith(prefix));
        }

        return await order.PageAsync(query, page, ct);
    }

    /// <summary>One page of training records in the caller's scope, newest first unless <paramref name="orderBy"/> says otherwise.</summary>
    public static async Task<Connection<TrainingRecord>> RecordsAsync(
        OperationWork work, OperationCaller caller, PageRequest page, IReadOnlyDictionary<string, object?>? filter,
        IReadOnlyDictionary<string, object?>? orderBy, CancellationToken ct)
    {
        var order = RecordOrders.Pick(orderBy, "COMPLETED_ON", defaultDescending: true);
        var scope = await TrainingScope.RecordsAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var staff = scope.Staff(db);
        var query = db.TrainingRecords.AsNoTracking().Where(r => staff.Any(s => s.Id == r.StaffMemberId));
        if (filter.GetValue<Guid>("staffId") is { } staffId)
        {
            query = query.Where(r => r.StaffMemberId == staffId);
        }

        if (filter.Get<string>("courseId") is { } course)
        {
            var courseId = GlobalId.Parse(course, "TrainingCourse");
            query = query.Where(r => r.CourseId == courseId);
        }

        if (filter.List<CourseKind>("kinds") is { } kinds)
        {
            var wanted = kinds.ToArray();
            query = query.Where(r => db.TrainingCourses.Any(c => c.Id == r.CourseId && wanted.Contains(c.Kind)));
        }

        if (filter.GetValue<DateOnly>("completedFrom") is { } from)
        {
            query = query.Where(r => r.CompletedOn >= from);
        }

        if (filter.GetValue<DateOnly>("completedTo") is { } to)
        {
            query = query.Where(r => r.CompletedOn <= to);
        }

        if (filter.GetValue<bool>("passed") is { } passed)
        {
            query = query.Where(r => r.Passed == passed);
        }

        return await order.PageAsync(query, page, ct);
    }

    /// <summary>One page of psychological assessments in the caller's scope, newest first unless <paramref name="orderBy"/> says otherwise.</summary>
    public static async Task<Connection<PsychologicalAssessment>> AssessmentsAsync(
        OperationWork work, OperationCaller caller, PageRequest page, IReadOnlyDictionary<string, object?>? filter,
        IReadOnlyDictionary<string, object?>? orderBy, CancellationToken ct)
    {
        var order = AssessmentOrders.Pick(orderBy, "ASSESSED_ON", defaultDescending: true);
        var scope = await TrainingScope.AssessmentsAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var staff = scope.Staff(db);
        var query = db.PsychologicalAssessments.AsNoTracking().Where(a => staff.Any(s => s.Id == a.StaffMemberId));
        if (filter.GetValue<Guid>("staffId") is { } staffId)
        {
            query = query.Where(a => a.StaffMemberId == staffId);
        }

        if (filter.GetValue<bool>("passed") is { } passed)
        {
            query = query.Where(a => a.Passed == passed);
        }

        if (filter.GetValue<DateOnly>("assessedFrom") is { } from)
        {
            query = query.Where(a => a.AssessedOn >= from);
        }

        if (filter.GetValue<DateOnly>("assessedTo") is { } to)
        {
            query = query.Where(a => a.AssessedOn <= to);
        }

        return await order.PageAsync(query, page, ct);
    }

    /// <summary>Node lookups of courses (any staff member may read the catalogue).</summary>
    public static async Task<IReadOnlyDictionary<Guid, object>> CourseNodesAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await (await work.DbAsync(ct)).TrainingCourses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (object)c, ct);

    /// <summary>Node lookups of training records within the caller's scope.</summary>
    public static async Task<IReadOnlyDictionary<Guid, object>> RecordNodesAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var scope = await TrainingScope.RecordsAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var staff = scope.Staff(db);
        return await db.TrainingRecords.AsNoTracking().Where(r => ids.Contains(r.Id) && staff.Any(s => s.Id == r.StaffMemberId))
            .ToDictionaryAsync(r => r.Id, r => (object)r, ct);
    }

    /// <summary>Node lookups of assessments within the caller's scope.</summary>
    public static async Task<IReadOnlyDictionary<Guid, object>> AssessmentNodesAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var scope = await TrainingScope.AssessmentsAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var staff = scope.Staff(db);
        return await db.PsychologicalAssessments.AsNoTracking().Where(a => ids.Contains(a.Id) && staff.Any(s => s.Id == a.StaffMemberId))
            .ToDictionaryAsync(a => a.Id, a => (object)a, ct);
    }

    /// <summary>A staff member by id, batched per operation (the parent row was already scoped).</summary>
    public static async ValueTask<StaffMember?> StaffAsync(IResolveFieldContext context, Guid id)
    {
        var work = context.Work();
        var loader = context.GetDataLoader("Training.staffById", () => new DataLoader<Guid, StaffMember>(async (ids, ct) =>
            await (await work.DbAsync(ct)).StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)));
        return await loader.LoadAsync(id);
    }

    /// <summary>A course by id, batched per operation.</summary>
    public static async ValueTask<TrainingCourse?> CourseAsync(IResolveFieldContext context, Guid id)
    {
        var work = context.Work();
        var loader = context.GetDataLoader("Training.courseById", () => new DataLoader<Guid, TrainingCourse>(async (ids, ct) =>
            await (await work.DbAsync(ct)).TrainingCourses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)));
        return await loader.LoadAsync(id);
    }
}
