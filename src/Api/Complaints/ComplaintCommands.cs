using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Tenancy;

namespace Platform.Api.Complaints;

/// <summary>
/// The complaint workflow mutations inside the caller's tenant transaction: each applies the domain rules, appends the
/// status history and an outbox event beside the change, and saves; committing is the transaction owner's job.
/// </summary>
public sealed partial class ComplaintCommands(PlatformDbContext db, ComplaintActor actor, ComplaintClock clock)
{
    /// <summary>The outbox event type of every status change.</summary>
    public const string StatusChangedEventType = ComplaintOutbox.StatusChanged;

    private TenantRuleSettings? _settings;

    private async Task<TenantRuleSettings> SettingsAsync(CancellationToken ct) =>
        _settings ??= await ComplaintCalendar.LoadAsync(db, actor.TenantId, ct);

    /// <summary>Locks and loads a complaint the caller may act on; customers only their own.</summary>
    private async Task<Complaint?> ActionableAsync(Guid complaintId, CancellationToken ct)
    {
        var complaint = await LockedAsync(complaintId, ct);
        if (complaint is null)
        {
            return null;
        }

        if (actor.IsCustomer)
        {
            return complaint.ComplainantId == actor.CustomerId ? complaint : null;
        }

        return actor.StaffId is null ? null : complaint;
    }

    /// <summary>Locks and loads a complaint of the tenant, whoever acts.</summary>
    private Task<Complaint?> LockedAsync(Guid complaintId, CancellationToken ct) =>
        // Commands change the row: lock it so concurrent transitions serialise on the status check. `*` omits the
        // xmin system column that EF maps as the concurrency token, so it is named.
        db.Complaints
            .FromSql($"SELECT *, xmin FROM complaints WHERE id = {complaintId} FOR UPDATE")
            .SingleOrDefaultAsync(ct);

    /// <summary>Moves the complaint to the status, appending history and the outbox event; a refusal when not allowed (R-CMP-01).</summary>
    private ComplaintError? Transition(Complaint complaint, ComplaintStatus to, DateTimeOffset now, string? note)
    {
        var decision = ComplaintLifecycle.Decide(complaint.Status, to);
        if (!decision.Allowed)
        {
            return new InvalidComplaintTransitionError(complaint.Status, to, decision.AllowedNext, decision.RefusalMessage!);
        }

        var from = complaint.Status;
        complaint.Status = to;
        AppendHistory(complaint, from, now, note);
        Publish(complaint, StatusChangedEventType, now, new { complaintId = complaint.Id, from = from.ToString(), to = to.ToString(), note, reopened = decision.IsReopening });
        return null;
    }

    /// <summary>
    /// Appends one entry to the complaint's append-only history (R-CMP-01), from <paramref name="from"/> to its current
    /// status, naming the acting staff member; filing passes null, an assignment the unchanged status.
    /// </summary>
    private void AppendHistory(Complaint complaint, ComplaintStatus? from, DateTimeOffset now, string? note) =>
        db.ComplaintStatusHistory.Add(new ComplaintStatusChange
        {
            TenantId = actor.TenantId,
            Id = Guid.CreateVersion7(),
            ComplaintId = complaint.Id,
            FromStatus = from,
            ToStatus = complaint.Status,
            ChangedAt = now,
            ChangedById = actor.IsCustomer ? null : actor.StaffId,
            ChangedByKind = actor.Kind,
            Note = note,
        });

    /// <summary>Writes an outbox event for the complaint in the same transaction (sequence assigned by the database).</summary>
    private void Publish(Complaint complaint, string type, DateTimeOffset now, object payload) =>
        db.DomainEvents.Add(ComplaintOutbox.Event(complaint, type, now, payload));

    /// <summary>Recomputes the stored due times (used by the overdue / due-soon filters) from the calendar and pauses.</summary>
    private async Task RefreshDuesAsync(Complaint complaint, DateTimeOffset now, IReadOnlyList<ClockEvent>? clockEvents, CancellationToken ct)
    {
        var settings = await SettingsAsync(ct);
        clockEvents ??= (await ComplaintCalendar.ClockEventsAsync(db, [complaint.Id], ct)).GetValueOrDefault(complaint.Id) ?? [];
        ComplaintCalendar.StoreDues(db, complaint, clockEvents, settings, now);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
