using Platform.Domain.Complaints;
using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;

namespace Platform.Api.Complaints;

public sealed partial class ComplaintCommands
{
    /// <summary>The outbox event of a clock pause, resumption or extension.</summary>
    public const string ClockEventType = "ComplaintClockChanged";

    /// <summary>
    /// R-CMP-07: extends the regulatory ceiling to 30 days with a recorded reason, or to 60 days with the approval of the
    /// caller as supervisor and a notice already sent to the customer; never after the current ceiling has passed.
    /// </summary>
    public async Task<ComplaintCommandResult> ExtendAsync(ExtendComplaintCommand command, CancellationToken ct = default)
    {
        if (await ActionableAsync(command.ComplaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (complaint.AcceptedAt is not { } accepted || complaint.Status is ComplaintStatus.Archived)
        {
            return ComplaintCommandResult.Refused(new InvalidComplaintInputError("complaintId", "Only an accepted, open complaint has a regulatory ceiling to extend."));
        }

        var now = clock.Now;
        var settings = await SettingsAsync(ct);
        var extension = new CeilingExtension(
            ComplaintCalendar.CeilingOf(command.To),
            command.Reason,
            now,
            actor.IsSupervisor ? actor.StaffId : null,
            command.CustomerNotifiedAt);
        var problems = RegulatoryCeiling.CheckExtension(accepted, ComplaintCalendar.CeilingOf(complaint.Extension), extension, settings.Zone);
        if (problems.Count > 0)
        {
            return ComplaintCommandResult.Refused(new ExtensionRefusedError(problems));
        }

        var reason = CardNumberRedaction.Redact(command.Reason!.Trim());
        complaint.Extension = command.To;
        complaint.ExtensionReason = reason;
        if (command.To == ComplaintExtension.ParticularlyComplex)
        {
            complaint.ExtensionApprovedById = actor.StaffId;
            complaint.ExtensionNoticeSentAt = command.CustomerNotifiedAt?.ToUniversalTime();
        }

        complaint.DecisionDueAt = RegulatoryCeiling.DueAt(accepted, extension.To, settings.Zone).ToUniversalTime();
        AppendClockEvent(complaint, ComplaintClockEventKind.Extended, now, reason);
        Publish(complaint, ClockEventType, now, new { complaintId = complaint.Id, kind = "Extended", to = command.To.ToString(), decisionDueAt = complaint.DecisionDueAt });
        await db.SaveChangesAsync(ct);
        return ComplaintCommandResult.Done(complaint);
    }

    /// <summary>R-CMP-08: stops the tenant's deadline clocks while awaiting the customer, with the reason logged.</summary>
    public Task<ComplaintCommandResult> PauseAsync(Guid complaintId, string? reason, CancellationToken ct = default) =>
        ClockAsync(complaintId, ClockEventKind.Paused, reason, ct);

    /// <summary>R-CMP-08: restarts the clocks; the time used before the pause is kept, the due times move by the pause.</summary>
    public Task<ComplaintCommandResult> ResumeAsync(Guid complaintId, CancellationToken ct = default) =>
        ClockAsync(complaintId, ClockEventKind.Resumed, null, ct);

    private async Task<ComplaintCommandResult> ClockAsync(Guid complaintId, ClockEventKind kind, string? reason, CancellationToken ct)
    {
        if (await ActionableAsync(complaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (kind == ClockEventKind.Paused && complaint.Status is ComplaintStatus.FeedbackGiven or ComplaintStatus.UnderReview or ComplaintStatus.Archived)
        {
            return ComplaintCommandResult.Refused(new InvalidComplaintInputError("complaintId", $"A complaint in status {complaint.Status.Name()} has no running deadline to pause."));
        }

        var now = clock.Now;
        var existing = (await ComplaintCalendar.ClockEventsAsync(db, [complaint.Id], ct)).GetValueOrDefault(complaint.Id) ?? [];
        var next = new ClockEvent(kind, now, Trimmed(reason));
        if (PauseLog.CheckNext(existing, next) is { } problem)
        {
            return ComplaintCommandResult.Refused(new ClockPauseError(problem, problem switch
            {
                PauseLogProblem.ReasonMissing => "A pause while awaiting the customer states its reason.",
                PauseLogProblem.AlreadyPaused => "The complaint's clock is already paused.",
                PauseLogProblem.NotPaused => "The complaint's clock is not paused.",
                _ => "Clock events must follow each other in time.",
            }));
        }

        var logged = next.Reason is { } r ? CardNumberRedaction.Redact(r) : "resumed";
        if (kind == ClockEventKind.Paused)
        {
            complaint.PausedAt = now;
            complaint.PauseReason = logged;
        }
        else
        {
            complaint.PausedSeconds += (long)(now - complaint.PausedAt!.Value).TotalSeconds;
            complaint.PausedAt = null;
            complaint.PauseReason = null;
        }

        AppendClockEvent(complaint, kind == ClockEventKind.Paused ? ComplaintClockEventKind.Paused : ComplaintClockEventKind.Resumed, now, logged);
        await RefreshDuesAsync(complaint, now, [.. existing, next with { Reason = logged }], ct);
        Publish(complaint, ClockEventType, now, new { complaintId = complaint.Id, kind = kind.ToString(), reason = logged });
        await db.SaveChangesAsync(ct);
        return ComplaintCommandResult.Done(complaint);
    }

    private void AppendClockEvent(Complaint complaint, ComplaintClockEventKind kind, DateTimeOffset now, string reason) =>
        db.ComplaintClockEvents.Add(new ComplaintClockEvent
        {
            TenantId = actor.TenantId,
            Id = Guid.CreateVersion7(),
            ComplaintId = complaint.Id,
            Kind = kind,
            OccurredAt = now,
            ActorId = actor.StaffId,
            Reason = reason,
        });
}
