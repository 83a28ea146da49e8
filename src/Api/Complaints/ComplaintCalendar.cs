using Microsoft.EntityFrameworkCore;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Tenancy;

namespace Platform.Api.Complaints;

/// <summary>Reads the tenant's working calendar and a complaint's pauses, the inputs of every deadline computation.</summary>
internal static class ComplaintCalendar
{
    /// <summary>The tenant's settings with its whole working calendar (holidays and make-up working days).</summary>
    public static async Task<TenantRuleSettings> LoadAsync(PlatformDbContext db, Guid tenantId, CancellationToken ct)
    {
        var zone = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZone).SingleAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        return new TenantRuleSettings(
            zone,
            days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Day),
            days.Where(d => d.Kind == CalendarDayKind.WorkingDay).Select(d => d.Day));
    }

    /// <summary>The pause/resume events of the given complaints, in order, keyed by complaint.</summary>
    public static async Task<Dictionary<Guid, List<ClockEvent>>> ClockEventsAsync(PlatformDbContext db, IReadOnlyCollection<Guid> complaintIds, CancellationToken ct)
    {
        var rows = await db.ComplaintClockEvents.AsNoTracking()
            .Where(e => complaintIds.Contains(e.ComplaintId)
                && (e.Kind == ComplaintClockEventKind.Paused || e.Kind == ComplaintClockEventKind.Resumed))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .ToListAsync(ct);
        return rows.GroupBy(e => e.ComplaintId).ToDictionary(
            g => g.Key,
            g => g.Select(e => new ClockEvent(e.Kind == ComplaintClockEventKind.Paused ? ClockEventKind.Paused : ClockEventKind.Resumed, e.OccurredAt, e.Reason)).ToList());
    }

    /// <summary>The complaint's milestones and pauses as input to <see cref="ComplaintDeadlines"/>.</summary>
    public static ComplaintTimeline TimelineOf(Complaint complaint, IReadOnlyList<ClockEvent> clockEvents) => new(
        complaint.ReceivedAt,
        complaint.AcceptedAt,
        complaint.InvestigationStartedAt,
        complaint.ResolvedAt,
        complaint.FeedbackGivenAt,
        PauseLog.Build(clockEvents).Pauses);

    /// <summary>The regulatory ceiling level matching the stored extension (R-CMP-07).</summary>
    public static CeilingLevel CeilingOf(ComplaintExtension extension) => extension switch
    {
        ComplaintExtension.Complex => CeilingLevel.Complex,
        ComplaintExtension.ParticularlyComplex => CeilingLevel.ParticularlyComplex,
        _ => CeilingLevel.Standard,
    };
}
