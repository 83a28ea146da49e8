using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Complaints.Events;

/// <summary>Binds region ComplaintEvents: the Subscription root and the event types it delivers.</summary>
internal static class ComplaintEventsSchema
{
    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder) => builder
        .BindEnum<ComplaintAlertKind>("ComplaintAlertKind")
        .BindEnum<ComplaintMilestone>("ComplaintMilestone")
        .Bind("Subscription", "complaintStatusChanged", ComplaintSubscriptions.StatusChangedAsync)
        .Bind("Subscription", "complaintAlerts", ComplaintSubscriptions.AlertsAsync)
        .Bind("ComplaintStatusChangedEvent", "complaintId", c => Sync(GlobalId.Encode("Complaint", Change(c).ComplaintKey)))
        .Bind("ComplaintStatusChangedEvent", "complaint", c => VisibleComplaintAsync(c, Change(c).ComplaintKey))
        .Bind("ComplaintAlert", "complaintId", c => Sync(Alert(c).ComplaintKey is { } id ? GlobalId.Encode("Complaint", id) : null))
        .Bind("ComplaintAlert", "interactionId", c => Sync(Alert(c).InteractionKey is { } id ? GlobalId.Encode("Interaction", id) : null))
        .Bind("ComplaintAlert", "complaint", c => Alert(c).ComplaintKey is { } id ? VisibleComplaintAsync(c, id) : Sync(null));

    private static ComplaintStatusChangedView Change(IResolveFieldContext context) => (ComplaintStatusChangedView)context.Source!;

    private static ComplaintAlertView Alert(IResolveFieldContext context) => (ComplaintAlertView)context.Source!;

    private static ValueTask<object?> Sync(object? value) => ValueTask.FromResult(value);

    // The complaint as the caller may see it now, through the same row scope as the complaint list.
    private static async ValueTask<object?> VisibleComplaintAsync(IResolveFieldContext context, Guid id)
    {
        var scoped = await ComplaintQueries.ScopedAsync(context.Work(), context.Caller(), context.CancellationToken);
        return scoped is null ? null : await scoped.Where(c => c.Id == id).FirstOrDefaultAsync(context.CancellationToken) as Complaint;
    }
}
