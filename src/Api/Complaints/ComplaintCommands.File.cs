using Microsoft.EntityFrameworkCore;
using Platform.Domain.Complaints;
using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;

namespace Platform.Api.Complaints;

public sealed partial class ComplaintCommands
{
    /// <summary>The outbox event of a complaint taking the green channel (R-CMP-03).</summary>
    public const string GreenChannelEventType = ComplaintOutbox.GreenChannel;

    /// <summary>
    /// Files a complaint in RECEIVED with its R-CMP-02 due times from the tenant calendar; urgent and MAJOR complaints
    /// take the green channel (R-CMP-03): the department is notified by an outbox event and a callback is due in 24 hours.
    /// </summary>
    public async Task<ComplaintCommandResult> FileAsync(FileComplaintCommand command, CancellationToken ct = default)
    {
        var complainantId = actor.IsCustomer ? actor.CustomerId : command.CustomerId;
        if (complainantId is null)
        {
            return actor.IsCustomer
                ? ComplaintCommandResult.Refused(new ComplaintCustomerNotFoundError())
                : ComplaintCommandResult.Refused(new InvalidComplaintInputError("customerId", "Staff filing a complaint name the complainant."));
        }

        if (Trimmed(command.Description) is not { } description)
        {
            return ComplaintCommandResult.Refused(new InvalidComplaintInputError("description", "A complaint describes what went wrong."));
        }

        if (!await db.Customers.AnyAsync(c => c.Id == complainantId, ct))
        {
            return ComplaintCommandResult.Refused(new ComplaintCustomerNotFoundError());
        }

        if (command.PolicyId is { } policyId
            && !await db.Policies.AnyAsync(p => p.Id == policyId && (p.PolicyholderId == complainantId || p.InsuredId == complainantId), ct))
        {
            return ComplaintCommandResult.Refused(new ComplaintPolicyNotFoundError());
        }

        if (command.InteractionId is { } interactionId
            && (actor.IsCustomer || !await db.Interactions.AnyAsync(i => i.Id == interactionId && i.CustomerId == complainantId, ct)))
        {
            return ComplaintCommandResult.Refused(new InvalidComplaintInputError("interactionId", "No interaction with this id for the complainant."));
        }

        var now = clock.Now;
        var complaint = new Complaint
        {
            TenantId = actor.TenantId,
            Id = Guid.CreateVersion7(),
            Reference = "CMP-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            Channel = command.Channel,
            ComplainantId = complainantId.Value,
            PolicyId = command.PolicyId,
            InteractionId = command.InteractionId,
            Category = command.Category,
            Severity = command.Severity,
            Urgent = command.Urgent,
            Description = CardNumberRedaction.Redact(description),
            CustomerExpectation = Trimmed(command.CustomerExpectation) is { } expectation ? CardNumberRedaction.Redact(expectation) : null,
            Status = ComplaintLifecycle.Initial,
            ReceivedAt = now,
        };
        await RefreshDuesAsync(complaint, now, [], ct);
        db.Complaints.Add(complaint);
        AppendHistory(complaint, null, now, "filed");
        Publish(complaint, StatusChangedEventType, now, new { complaintId = complaint.Id, from = (string?)null, to = complaint.Status.ToString() });
        if (GreenChannel.Applies(complaint.Urgent, complaint.Severity))
        {
            complaint.DepartmentNotifiedAt = now;
            complaint.CallbackDueAt = now + GreenChannel.CallbackWithin;
            Publish(complaint, GreenChannelEventType, now, new { complaintId = complaint.Id, callbackDueAt = complaint.CallbackDueAt });
        }

        if (HarassmentComplaintRouting.RoutesToQualityInspection(complaint.Category))
        {
            Publish(complaint, ComplaintOutbox.HarassmentRouted, now, new { complaintId = complaint.Id, routedTo = "QualityInspection" });
        }

        await db.SaveChangesAsync(ct);
        return ComplaintCommandResult.Done(complaint);
    }
}
