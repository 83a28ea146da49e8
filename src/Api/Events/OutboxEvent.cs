using System.Text.Json;
using Platform.Domain.Complaints;

namespace Platform.Api.Events;

/// <summary>
/// One committed outbox row as subscribers see it, with the current facts of the complaint (or interaction) it
/// concerns, read once per batch for all subscribers.
/// </summary>
public sealed record OutboxEvent(
    Guid TenantId,
    long Sequence,
    string Type,
    Guid AggregateId,
    JsonElement Payload,
    DateTimeOffset OccurredAt,
    ComplaintEventFacts Facts)
{
    /// <summary>The opaque resume position of this event (<see cref="EventCursor"/>).</summary>
    public string Cursor => EventCursor.Encode(Sequence);
}
