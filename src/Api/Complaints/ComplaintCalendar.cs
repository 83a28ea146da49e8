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

    /// <summary>
    /// Recomputes the stored due times (used by the overdue / due-soon filters and the deadline sweep) of a complaint
    /// from the calendar and pauses. Only milestones open now or when the complaint was loaded are written: a deadline
    /// met or missed before keeps the due time it was judged by, while a calendar change moves open ones (R-CMP-08).
    /// </summary>
    public static void StoreDues(PlatformDbContext db, Complaint complaint, IReadOnlyList<ClockEvent> clockEvents, TenantRuleSettings settings, DateTimeOffset now)
    {
        var report = ComplaintDeadlines.Evaluate(TimelineOf(complaint, clockEvents), settings.Calendar, now);
        var entry = db.Entry(complaint);
        bool Moves(DateTimeOffset? current, DateTimeOffset? original) => current is null || original is null || entry.State == EntityState.Added;

        // Npgsql stores timestamptz only from UTC values; the calendar answers in tenant-local offsets.
        if (Moves(complaint.AcceptedAt, entry.Property(c => c.AcceptedAt).OriginalValue))
        {
            complaint.AcceptDueAt = Utc(report.Accept.DueAt) ?? complaint.AcceptDueAt;
        }

        if (Moves(complaint.InvestigationStartedAt, entry.Property(c => c.InvestigationStartedAt).OriginalValue))
        {
            complaint.InvestigationDueAt = Utc(report.InitialInvestigation.DueAt) ?? complaint.InvestigationDueAt;
        }

        if (Moves(complaint.ResolvedAt, entry.Property(c => c.ResolvedAt).OriginalValue))
        {
            complaint.ResolveDueAt = Utc(report.Resolution.DueAt) ?? complaint.ResolveDueAt;
        }

        if (report.Feedback is null)
        {
            complaint.FeedbackDueAt = null;
        }
        else if (Moves(complaint.FeedbackGivenAt, entry.Property(c => c.FeedbackGivenAt).OriginalValue))
        {
            complaint.FeedbackDueAt = Utc(report.Feedback.DueAt) ?? complaint.FeedbackDueAt;
        }

        if (complaint.AcceptedAt is { } accepted && Moves(complaint.DecidedAt, entry.Property(c => c.DecidedAt).OriginalValue))
        {
            complaint.DecisionDueAt = Utc(RegulatoryCeiling.DueAt(accepted, CeilingOf(complaint.Extension), settings.Zone));
        }
    }

    /// <summary>
    /// After a change of the tenant's calendar or time zone, in the same transaction: moves the stored due times of
    /// every complaint still running to the new calendar, so the filters agree with the deadlines shown (R-CMP-08).
    /// </summary>
    /// <remarks>
    /// The tenant's configuration is saved first, since the calendar is read back from the database. Rows are locked
    /// like a complaint command's, so a concurrent command either waits or is waited for. Nothing is returned to
    /// the caller: a platform admin configuring the tenant still reads no complaint (R-TEN-02).
    /// </remarks>
    public static async Task RefreshRunningDuesAsync(PlatformDbContext db, Guid tenantId, DateTimeOffset now, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var settings = await LoadAsync(db, tenantId, ct);
        var complaints = (await db.Complaints.FromSql($"SELECT *, xmin FROM complaints FOR UPDATE").ToListAsync(ct))
            .Where(c => c.Status != ComplaintStatus.Archived)
            .ToList();
        if (complaints.Count == 0)
        {
            return;
        }

        var clockEvents = await ClockEventsAsync(db, [.. complaints.Select(c => c.Id)], ct);
        foreach (var complaint in complaints)
        {
            StoreDues(db, complaint, clockEvents.GetValueOrDefault(complaint.Id) ?? [], settings, now);
        }
    }

    /// <summary>
    /// A completed milestone as stored when it was completed: its due time does not move with later calendar changes
    /// (R-CMP-08); an open one is shown as computed with the current calendar.
    /// </summary>
    public static MilestoneOutcome Frozen(MilestoneOutcome outcome, DateTimeOffset? storedDueAt, TenantRuleSettings settings) =>
        outcome.CompletedAt is not null && storedDueAt is { } stored ? outcome with { DueAt = settings.Calendar.ToLocal(stored) } : outcome;

    private static DateTimeOffset? Utc(DateTimeOffset? instant) => instant?.ToUniversalTime();

    /// <summary>The regulatory ceiling level matching the stored extension (R-CMP-07).</summary>
    public static CeilingLevel CeilingOf(ComplaintExtension extension) => extension switch
    {
        ComplaintExtension.Complex => CeilingLevel.Complex,
        ComplaintExtension.ParticularlyComplex => CeilingLevel.ParticularlyComplex,
        _ => CeilingLevel.Standard,
    };
}
