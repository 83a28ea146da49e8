using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Domain.Complaints;
using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;
using Platform.Domain.Staff;

namespace Platform.Api.Complaints;

public sealed partial class ComplaintCommands
{
    /// <summary>The outbox event of a handler (re)assignment.</summary>
    public const string AssignedEventType = "ComplaintAssigned";

    /// <summary>RECEIVED → ACCEPTED; starts the regulatory ceiling (R-CMP-07: 15 calendar days from acceptance).</summary>
    public Task<ComplaintCommandResult> AcceptAsync(Guid complaintId, CancellationToken ct = default) =>
        StepAsync(complaintId, ComplaintStatus.Accepted, null, (c, now) => c.AcceptedAt = now, ct);

    /// <summary>ACCEPTED → INVESTIGATING (the initial investigation, R-CMP-02); the caller becomes handler when none is assigned.</summary>
    public Task<ComplaintCommandResult> StartInvestigationAsync(Guid complaintId, CancellationToken ct = default) =>
        StepAsync(complaintId, ComplaintStatus.Investigating, null, (c, now) =>
        {
            c.InvestigationStartedAt ??= now;
            c.HandlerId ??= actor.StaffId;
        }, ct);

    /// <summary>Assigns or reassigns the handler: no status change, but a history entry and an outbox event record it.</summary>
    public async Task<ComplaintCommandResult> AssignAsync(Guid complaintId, Guid handlerId, CancellationToken ct = default)
    {
        if (await ActionableAsync(complaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (complaint.Status == ComplaintStatus.Archived)
        {
            return ComplaintCommandResult.Refused(new InvalidComplaintTransitionError(complaint.Status, complaint.Status, [], $"A complaint in status {complaint.Status.Name()} cannot be reassigned."));
        }

        var eligible = await db.StaffMembers.AnyAsync(
            s => s.Id == handlerId && s.Active
                && s.RoleAssignments.Any(r => r.Role == StaffRole.ComplaintHandler || r.Role == StaffRole.Supervisor),
            ct);
        if (!eligible)
        {
            return ComplaintCommandResult.Refused(new HandlerNotFoundError());
        }

        var now = clock.Now;
        var previous = complaint.HandlerId;
        complaint.HandlerId = handlerId;
        // The status stays; the entry keeps who (re)assigned whom and when beside the status changes (R-CMP-01).
        AppendHistory(complaint, complaint.Status, now, previous is { } before ? $"reassigned from {before} to {handlerId}" : $"assigned to {handlerId}");
        Publish(complaint, AssignedEventType, now, new { complaintId = complaint.Id, previousHandlerId = previous, handlerId });
        await db.SaveChangesAsync(ct);
        return ComplaintCommandResult.Done(complaint);
    }

    /// <summary>INVESTIGATING → RESOLVED with its measures (R-CMP-04); starts the feedback clock (2 working days).</summary>
    public async Task<ComplaintCommandResult> ResolveAsync(ResolveComplaintCommand command, CancellationToken ct = default)
    {
        var problems = ResolutionCompleteness.CheckMeasures(command.Measures);
        if (problems.Count > 0)
        {
            return ComplaintCommandResult.Refused(new ResolutionIncompleteError(
                [.. problems.Select(p => p.Field)], string.Join(" ", problems.Select(p => p.Message))));
        }

        var measures = command.Measures.Select(m => m with { Description = CardNumberRedaction.Redact(m.Description!.Trim()) }).ToList();
        return await StepAsync(command.ComplaintId, ComplaintStatus.Resolved, null, (c, now) =>
        {
            c.ResolvedAt = now;
            c.HandlerId ??= actor.StaffId;
            c.Remedy = Enum.Parse<ComplaintRemedy>(measures[0].Kind.ToString());
            c.CompensationAmount = measures.Any(m => m.Kind == ResolutionMeasureKind.Compensation)
                ? measures.Where(m => m.Kind == ResolutionMeasureKind.Compensation).Sum(m => m.Amount ?? 0m)
                : null;
            c.ResolutionMeasures = JsonSerializer.Serialize(measures);
            c.RootCause = Trimmed(command.RootCause) is { } cause ? CardNumberRedaction.Redact(cause) : null;
        }, ct);
    }

    /// <summary>
    /// RESOLVED → FEEDBACK_GIVEN: the written text is kept and states the measures, time, handler and next steps
    /// (R-CMP-04); it communicates the decision for the regulatory ceiling (R-CMP-07) and opens the review window (R-CMP-09).
    /// </summary>
    public async Task<ComplaintCommandResult> GiveFeedbackAsync(GiveFeedbackCommand command, CancellationToken ct = default)
    {
        if (await ActionableAsync(command.ComplaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (RefusedTransition(complaint, ComplaintStatus.FeedbackGiven) is { } refused)
        {
            return ComplaintCommandResult.Refused(refused);
        }

        var now = clock.Now;
        var measures = MeasuresOf(complaint);
        var problems = ResolutionCompleteness.CheckFeedback(new WrittenFeedback(command.Text, measures, now, complaint.HandlerId, command.NextSteps));
        if (problems.Count > 0)
        {
            return ComplaintCommandResult.Refused(new ResolutionIncompleteError(
                [.. problems.Select(p => p.Field)], string.Join(" ", problems.Select(p => p.Message))));
        }

        return await ApplyAsync(complaint, ComplaintStatus.FeedbackGiven, null, now, c =>
        {
            c.FeedbackGivenAt = now;
            c.DecidedAt ??= now;
            c.FeedbackText = CardNumberRedaction.Redact(command.Text!.Trim());
            c.NextSteps = CardNumberRedaction.Redact(command.NextSteps!.Trim());
        }, ct);
    }

    /// <summary>FEEDBACK_GIVEN → UNDER_REVIEW started by staff; the reviewer is the caller and cannot be the handler (R-CMP-05).</summary>
    public async Task<ComplaintCommandResult> ReviewAsync(Guid complaintId, string? note, CancellationToken ct = default)
    {
        if (await ActionableAsync(complaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (((ComplaintError?)RefusedTransition(complaint, ComplaintStatus.UnderReview) ?? Recusal(complaint)) is { } refused)
        {
            return ComplaintCommandResult.Refused(refused);
        }

        var now = clock.Now;
        return await ApplyAsync(complaint, ComplaintStatus.UnderReview, Trimmed(note), now, c =>
        {
            c.ReviewerId = actor.StaffId;
            c.ReviewStartedAt = now;
        }, ct);
    }

    /// <summary>The customer's review request, FEEDBACK_GIVEN → UNDER_REVIEW, within 30 days of the decision (R-CMP-09).</summary>
    public async Task<ComplaintCommandResult> RequestReviewAsync(Guid complaintId, string? reason, CancellationToken ct = default)
    {
        if (await ActionableAsync(complaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (RefusedTransition(complaint, ComplaintStatus.UnderReview) is { } refused)
        {
            return ComplaintCommandResult.Refused(refused);
        }

        var now = clock.Now;
        var zone = (await SettingsAsync(ct)).Zone;
        if (complaint.DecidedAt is not { } decided || !ReviewRequestWindow.IsOpen(decided, now, zone))
        {
            var lastDay = complaint.DecidedAt is { } d ? ReviewRequestWindow.LastDay(d, zone) : (DateOnly?)null;
            return ComplaintCommandResult.Refused(new ReviewWindowClosedError(
                lastDay, lastDay is null ? "No decision has been communicated yet." : $"A review could be requested through {lastDay:yyyy-MM-dd} (30 days after the decision)."));
        }

        return await ApplyAsync(complaint, ComplaintStatus.UnderReview, Trimmed(reason) is { } r ? CardNumberRedaction.Redact(r) : "review requested", now, c =>
        {
            c.ReviewRequestedAt = now;
            c.ReviewStartedAt = now;
        }, ct);
    }

    /// <summary>UNDER_REVIEW → INVESTIGATING: the review found the outcome unfair (R-CMP-01); never by the handler (R-CMP-05).</summary>
    public async Task<ComplaintCommandResult> ReopenAsync(Guid complaintId, string? reason, CancellationToken ct = default)
    {
        if (Trimmed(reason) is null)
        {
            return ComplaintCommandResult.Refused(new InvalidComplaintInputError("reason", "Reopening states why the outcome was found unfair."));
        }

        return await ReviewDecisionAsync(complaintId, ComplaintStatus.Investigating, reason, c =>
        {
            c.ReopenCount++;
            c.ResolvedAt = null;
            c.FeedbackGivenAt = null;
            c.FeedbackDueAt = null;
        }, ct);
    }

    /// <summary>UNDER_REVIEW → ARCHIVED after the review upheld the outcome; never by the handler (R-CMP-05).</summary>
    public Task<ComplaintCommandResult> ArchiveAsync(Guid complaintId, string? note, CancellationToken ct = default) =>
        ReviewDecisionAsync(complaintId, ComplaintStatus.Archived, note, c => c.ArchivedAt = clock.Now, ct);

    private async Task<ComplaintCommandResult> ReviewDecisionAsync(Guid complaintId, ComplaintStatus to, string? note, Action<Complaint> change, CancellationToken ct)
    {
        if (await ActionableAsync(complaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (((ComplaintError?)RefusedTransition(complaint, to) ?? Recusal(complaint)) is { } refused)
        {
            return ComplaintCommandResult.Refused(refused);
        }

        return await ApplyAsync(complaint, to, Trimmed(note) is { } n ? CardNumberRedaction.Redact(n) : null, clock.Now, c =>
        {
            c.ReviewerId ??= actor.StaffId;
            change(c);
        }, ct);
    }

    private async Task<ComplaintCommandResult> StepAsync(Guid complaintId, ComplaintStatus to, string? note, Action<Complaint, DateTimeOffset> change, CancellationToken ct)
    {
        if (await ActionableAsync(complaintId, ct) is not { } complaint)
        {
            return ComplaintCommandResult.Refused(new ComplaintNotFoundError());
        }

        if (RefusedTransition(complaint, to) is { } refused)
        {
            return ComplaintCommandResult.Refused(refused);
        }

        var now = clock.Now;
        return await ApplyAsync(complaint, to, note, now, c => change(c, now), ct);
    }

    private async Task<ComplaintCommandResult> ApplyAsync(Complaint complaint, ComplaintStatus to, string? note, DateTimeOffset now, Action<Complaint> change, CancellationToken ct)
    {
        change(complaint);
        _ = Transition(complaint, to, now, note);
        await RefreshDuesAsync(complaint, now, null, ct);
        await db.SaveChangesAsync(ct);
        return ComplaintCommandResult.Done(complaint);
    }

    private static InvalidComplaintTransitionError? RefusedTransition(Complaint complaint, ComplaintStatus to)
    {
        var decision = ComplaintLifecycle.Decide(complaint.Status, to);
        return decision.Allowed ? null : new InvalidComplaintTransitionError(complaint.Status, to, decision.AllowedNext, decision.RefusalMessage!);
    }

    private ReviewerRecusalError? Recusal(Complaint complaint)
    {
        var check = ReviewRecusal.Check(complaint.HandlerId, actor.StaffId ?? Guid.Empty);
        return check.Allowed ? null : new ReviewerRecusalError(check.Reason!);
    }

    /// <summary>The measures recorded at resolution (stored as JSON beside the main remedy).</summary>
    internal static IReadOnlyList<ResolutionMeasure> MeasuresOf(Complaint complaint) =>
        complaint.ResolutionMeasures is { Length: > 0 } json
            ? JsonSerializer.Deserialize<List<ResolutionMeasure>>(json) ?? []
            : [];
}
