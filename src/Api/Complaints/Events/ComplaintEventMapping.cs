using System.Text.Json;
using Platform.Api.Events;
using Platform.Api.Interactions.Commands;
using Platform.Domain.Complaints;

namespace Platform.Api.Complaints.Events;

/// <summary>Turns outbox rows into the views subscribers receive; rows of other kinds map to null.</summary>
internal static class ComplaintEventMapping
{
    /// <summary>The status change an outbox row records, if it records one.</summary>
    public static ComplaintStatusChangedView? StatusChange(OutboxEvent e)
    {
        if (e.Type != ComplaintOutbox.StatusChanged || !e.Payload.TryGetProperty("change", out var change))
        {
            return null;
        }

        return new ComplaintStatusChangedView(
            e.Cursor,
            e.AggregateId,
            Text(e.Payload, "Reference") ?? "",
            Text(change, "from") is { } from ? Enum.Parse<ComplaintStatus>(from) : null,
            Enum.Parse<ComplaintStatus>(Text(change, "to")!),
            change.TryGetProperty("reopened", out var reopened) && reopened.ValueKind == JsonValueKind.True,
            e.OccurredAt);
    }

    /// <summary>The alert an outbox row raises, if it raises one.</summary>
    public static ComplaintAlertView? Alert(OutboxEvent e)
    {
        switch (e.Type)
        {
            case ComplaintOutbox.GreenChannel:
                return Complaint(e, ComplaintAlertKind.GreenChannel, [], Instant(Change(e), "callbackDueAt"));
            case ComplaintOutbox.HarassmentRouted:
                return Complaint(e, ComplaintAlertKind.HarassmentRouted, [], null);
            case ComplaintOutbox.DeadlinePassed:
                var milestones = Change(e) is { } change && change.TryGetProperty("milestones", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Select(m => Enum.Parse<ComplaintMilestone>(m.GetString()!)).ToArray()
                    : [];
                return Complaint(e, ComplaintAlertKind.DeadlinePassed, milestones, null);
            case InteractionCommands.EscalatedEventType:
                return new ComplaintAlertView(e.Cursor, ComplaintAlertKind.CallEscalated, e.OccurredAt, null, e.AggregateId, [], Instant(e.Payload, "callbackBy"));
            default:
                return null;
        }
    }

    private static ComplaintAlertView Complaint(OutboxEvent e, ComplaintAlertKind kind, IReadOnlyList<ComplaintMilestone> milestones, DateTimeOffset? callbackDueAt) =>
        new(e.Cursor, kind, e.OccurredAt, e.AggregateId, null, milestones, callbackDueAt);

    private static JsonElement? Change(OutboxEvent e) => e.Payload.TryGetProperty("change", out var change) ? change : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Instant(JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var instant)
            ? instant
            : null;
}
