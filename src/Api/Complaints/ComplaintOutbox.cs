using System.Text.Json;
using Platform.Domain.Entities;

namespace Platform.Api.Complaints;

/// <summary>The complaint events written to the outbox, and their one payload shape.</summary>
public static class ComplaintOutbox
{
    /// <summary>Every status change (R-CMP-01).</summary>
    public const string StatusChanged = "ComplaintStatusChanged";

    /// <summary>An urgent or MAJOR complaint took the green channel (R-CMP-03).</summary>
    public const string GreenChannel = "ComplaintGreenChannel";

    /// <summary>An outbound-call harassment complaint was routed to quality inspection (R-CALL-08).</summary>
    public const string HarassmentRouted = "ComplaintHarassmentRouted";

    /// <summary>Deadlines of an open complaint passed (R-CMP-02, R-CMP-07).</summary>
    public const string DeadlinePassed = "ComplaintDeadlinePassed";

    /// <summary>
    /// The outbox row for a change of the complaint, to be saved in the transaction of the change itself; the sequence
    /// is assigned by the database.
    /// </summary>
    public static DomainEvent Event(Complaint complaint, string type, DateTimeOffset now, object change) => new()
    {
        TenantId = complaint.TenantId,
        Id = Guid.CreateVersion7(),
        Type = type,
        AggregateType = nameof(Complaint),
        AggregateId = complaint.Id,
        OccurredAt = now,
        Payload = JsonSerializer.Serialize(new { complaint.Reference, complaint.ComplainantId, complaint.HandlerId, status = complaint.Status.ToString(), change }),
    };
}
