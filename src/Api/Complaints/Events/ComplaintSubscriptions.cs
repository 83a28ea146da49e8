using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Events;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Complaints;
using Platform.Domain.Confidentiality;
using Platform.GraphQL.Execution;

namespace Platform.Api.Complaints.Events;

/// <summary>
/// The source streams of <c>complaintStatusChanged</c> and <c>complaintAlerts</c>: the caller's tenant feed, filtered
/// by <see cref="ComplaintEventAudience"/>, with an optional replay from a cursor. The subscriber registers before the
/// replay is read, up to the registration's watermark, so the hand-over from replay to live has no gap and no duplicate.
/// </summary>
internal static class ComplaintSubscriptions
{
    /// <summary>Resolves <c>Subscription.complaintStatusChanged</c>.</summary>
    public static async ValueTask<object?> StatusChangedAsync(IResolveFieldContext context)
    {
        var (tenant, viewer, after) = await SubscriberAsync(context);
        Guid? only = null;
        if (context.GetArgument<string>("complaintId") is { } id)
        {
            only = GlobalId.Parse(id, "Complaint");
            await RequireVisibleAsync(context, viewer, only.Value);
        }

        await context.Work().CommitAsync(context.CancellationToken);
        var subscription = await Feed(context).SubscribeAsync(tenant, context.CancellationToken);
        return Stream(Reader(context), subscription, after, e =>
            ComplaintEventMapping.StatusChange(e) is { } change
            && (only is null || change.ComplaintKey == only)
            && ComplaintEventAudience.ReceivesStatusChange(viewer, e.Facts)
                ? change
                : null);
    }

    /// <summary>Resolves <c>Subscription.complaintAlerts</c>.</summary>
    public static async ValueTask<object?> AlertsAsync(IResolveFieldContext context)
    {
        var (tenant, viewer, after) = await SubscriberAsync(context);
        await context.Work().CommitAsync(context.CancellationToken);
        var subscription = await Feed(context).SubscribeAsync(tenant, context.CancellationToken);
        return Stream(Reader(context), subscription, after, e =>
            ComplaintEventMapping.Alert(e) is { } alert && ComplaintEventAudience.ReceivesAlert(viewer, alert.Kind, e.Facts) ? alert : null);
    }

    private static async Task<(Guid Tenant, DataViewer Viewer, long? After)> SubscriberAsync(IResolveFieldContext context)
    {
        var caller = context.Caller();
        var tenant = caller.TenantId ?? throw new GraphQLException("Complaint events belong to a tenant.", AuthorizeDirective.Forbidden);
        var after = EventCursor.Decode(context.GetArgument<string>("after"));
        var viewer = await caller.ViewerAsync(context.Work(), context.CancellationToken);
        return (tenant, viewer, after);
    }

    private static async Task RequireVisibleAsync(IResolveFieldContext context, DataViewer viewer, Guid complaintId)
    {
        var db = await context.Work().DbAsync(context.CancellationToken);
        var facts = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == complaintId)
            .Select(c => new ComplaintEventFacts(
                c.ComplainantId, c.HandlerId, db.Interactions.Where(i => i.Id == c.InteractionId).Select(i => (Guid?)i.AgentId).FirstOrDefault()))
            .FirstOrDefaultAsync(context.CancellationToken);
        if (facts is null || !ComplaintEventAudience.ReceivesStatusChange(viewer, facts))
        {
            throw new GraphQLException("No complaint with this id is visible to the caller.", "NOT_FOUND");
        }
    }

    private static OutboxFeed Feed(IResolveFieldContext context) => context.RequestServices.GetRequiredService<OutboxFeed>();

    private static OutboxReader Reader(IResolveFieldContext context) => context.RequestServices.GetRequiredService<OutboxReader>();

    private static async IAsyncEnumerable<object?> Stream(
        OutboxReader reader, OutboxSubscription subscription, long? after, Func<OutboxEvent, object?> select,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        using (subscription)
        {
            var last = after ?? subscription.Watermark;
            if (last < subscription.Watermark)
            {
                await foreach (var e in reader.RangeAsync(subscription.TenantId, last, subscription.Watermark, ct))
                {
                    last = e.Sequence;
                    if (select(e) is { } view)
                    {
                        yield return view;
                    }
                }

                last = subscription.Watermark;
            }

            await foreach (var e in subscription.Events.ReadAllAsync(ct))
            {
                if (e.Sequence <= last)
                {
                    continue;
                }

                last = e.Sequence;
                if (select(e) is { } view)
                {
                    yield return view;
                }
            }
        }
    }
}
