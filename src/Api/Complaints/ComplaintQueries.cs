using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.Api.Complaints;

/// <summary>Reads complaints in the caller's row scope: the list with its filters, single complaints and their deadlines.</summary>
internal static class ComplaintQueries
{
    // RECEIVED_AT DESC keeps the name it had as the only order, so its cursors stay valid.
    private static readonly KeysetOrders<Complaint> Orders = new KeysetOrders<Complaint>("complaints")
        .Add("RECEIVED_AT", descending: true, new KeysetOrder<Complaint, DateTimeOffset>("receivedAt-desc", c => c.ReceivedAt, c => c.Id, descending: true))
        .Add("RECEIVED_AT", descending: false, new KeysetOrder<Complaint, DateTimeOffset>("complaints:RECEIVED_AT", c => c.ReceivedAt, c => c.Id, descending: false))
        .Add("RESOLVE_DUE_AT", c => c.ResolveDueAt, c => c.Id);

    /// <summary>Complaints the caller may see: customers their own, complaint staff all, agents those from their interactions.</summary>
    public static async Task<IQueryable<Complaint>?> ScopedAsync(OperationWork work, OperationCaller caller, CancellationToken ct)
    {
        var db = await work.DbAsync(ct);
        var me = await caller.RecordAsync(work, ct);
        if (await SeesAllAsync(work, caller, ct))
        {
            return db.Complaints.AsNoTracking();
        }

        if (caller.Has(Role.Agent) && me.StaffId is { } agent)
        {
            return db.Complaints.AsNoTracking().Where(c => db.Interactions.Any(i => i.Id == c.InteractionId && i.AgentId == agent));
        }

        if (caller.Has(Role.Customer) && me.CustomerId is { } customer)
        {
            return db.Complaints.AsNoTracking().Where(c => c.ComplainantId == customer);
        }

        return null;
    }

    /// <summary>Whether the caller reads every complaint of the tenant: complaint staff with a staff record in it.</summary>
    public static async Task<bool> SeesAllAsync(OperationWork work, OperationCaller caller, CancellationToken ct) =>
        caller.HasAny(Role.ComplaintHandler, Role.Supervisor, Role.ComplianceOfficer, Role.QualityInspector)
        && (await caller.RecordAsync(work, ct)).StaffId is not null;

    /// <summary>One page of the complaint list, newest first unless <c>orderBy</c> says otherwise.</summary>
    public static async Task<Connection<Complaint>> PageAsync(IResolveFieldContext context)
    {
        var ct = context.CancellationToken;
        var page = PageRequest.From(context);
        var order = Orders.Pick(context.Input("orderBy"), "RECEIVED_AT", defaultDescending: true);
        var filter = context.Input("filter");
        // Ids are checked before the scope, so a malformed id is an error even for a caller who sees no complaints.
        var customer = filter.Get<string>("customerId") is { } customerId ? GlobalId.Parse(customerId, "Customer") : (Guid?)null;
        if (await ScopedAsync(context.Work(), context.Caller(), ct) is not { } q)
        {
            return Connection<Complaint>.Empty;
        }

        if (filter.List<ComplaintStatus>("status") is { Count: > 0 } statuses)
        {
            q = q.Where(c => statuses.Contains(c.Status));
        }

        if (filter.List<ComplaintCategory>("categories") is { } categories)
        {
            var wanted = categories.ToArray();
            q = q.Where(c => wanted.Contains(c.Category));
        }

        if (filter.List<ComplaintSeverity>("severities") is { } severities)
        {
            var wanted = severities.ToArray();
            q = q.Where(c => wanted.Contains(c.Severity));
        }

        if (filter.List<ComplaintChannel>("channels") is { } channels)
        {
            var wanted = channels.ToArray();
            q = q.Where(c => wanted.Contains(c.Channel));
        }

        if (filter.GetValue<bool>("urgent") is { } urgent)
        {
            q = q.Where(c => c.Urgent == urgent);
        }

        if (filter.GetValue<Guid>("handlerId") is { } handler)
        {
            q = q.Where(c => c.HandlerId == handler);
        }

        if (filter.GetValue<bool>("unassigned") is { } unassigned)
        {
            q = unassigned ? q.Where(c => c.HandlerId == null) : q.Where(c => c.HandlerId != null);
        }

        if (customer is { } complainant)
        {
            q = q.Where(c => c.ComplainantId == complainant);
        }

        if (filter.GetValue<DateTimeOffset>("receivedFrom") is { } from)
        {
            q = q.Where(c => c.ReceivedAt >= from);
        }

        if (filter.GetValue<DateTimeOffset>("receivedBefore") is { } receivedBefore)
        {
            q = q.Where(c => c.ReceivedAt < receivedBefore);
        }

        var now = ClockOf(context).Now;
        if (filter.GetValue<bool>("overdue") is { } overdue)
        {
            q = overdue ? q.Where(Overdue(now)) : q.Where(Not(Overdue(now)));
        }

        if (filter.GetValue<int>("dueWithinHours") is { } hours)
        {
            if (hours is < 1 or > 24 * 60)
            {
                throw new GraphQLException("dueWithinHours must be between 1 and 1440.", "BAD_USER_INPUT");
            }

            var until = now.AddHours(hours);
            q = q.Where(c => c.Status != ComplaintStatus.Archived && c.PausedAt == null
                && ((c.AcceptedAt == null && c.AcceptDueAt >= now && c.AcceptDueAt <= until)
                    || (c.InvestigationStartedAt == null && c.InvestigationDueAt >= now && c.InvestigationDueAt <= until)
                    || (c.ResolvedAt == null && c.ResolveDueAt >= now && c.ResolveDueAt <= until)
                    || (c.ResolvedAt != null && c.FeedbackGivenAt == null && c.FeedbackDueAt >= now && c.FeedbackDueAt <= until)));
        }

        return await order.PageAsync(q, page, ct);
    }

    /// <summary>The complaint's deadlines at the clock's current instant, batched per operation.</summary>
    public static async Task<ComplaintDeadlinesView> DeadlinesAsync(IResolveFieldContext context, Complaint complaint)
    {
        var work = context.Work();
        var now = ClockOf(context).Now;
        var loader = context.GetDataLoader("Complaint.deadlines", () => new DataLoader<Guid, List<ClockEvent>>(async (ids, ct) =>
        {
            var db = await work.DbAsync(ct);
            var events = await ComplaintCalendar.ClockEventsAsync(db, [.. ids], ct);
            return (IReadOnlyDictionary<Guid, List<ClockEvent>>)ids.ToDictionary(id => id, id => events.GetValueOrDefault(id) ?? []);
        }));
        var calendarLoader = context.GetDataLoader("Complaint.calendar", () => new DataLoader<Guid, Platform.Domain.Tenancy.TenantRuleSettings>(async (tenants, ct) =>
        {
            var db = await work.DbAsync(ct);
            var settings = await ComplaintCalendar.LoadAsync(db, tenants.First(), ct);
            return (IReadOnlyDictionary<Guid, Platform.Domain.Tenancy.TenantRuleSettings>)tenants.ToDictionary(t => t, _ => settings);
        }));
        var clockEvents = await loader.LoadAsync(complaint.Id) ?? [];
        var rules = await calendarLoader.LoadAsync(complaint.TenantId) ?? Platform.Domain.Tenancy.TenantRuleSettings.Default;
        var report = ComplaintDeadlines.Evaluate(ComplaintCalendar.TimelineOf(complaint, clockEvents), rules.Calendar, now);
        var ceiling = complaint.AcceptedAt is { } accepted
            ? ComplaintDeadlineView.Of(RegulatoryCeiling.Evaluate(accepted, ComplaintCalendar.CeilingOf(complaint.Extension), complaint.DecidedAt, now, rules.Zone))
            : null;
        return new ComplaintDeadlinesView(
            ComplaintDeadlineView.Of(ComplaintCalendar.Frozen(report.Accept, complaint.AcceptDueAt, rules)),
            ComplaintDeadlineView.Of(ComplaintCalendar.Frozen(report.InitialInvestigation, complaint.InvestigationDueAt, rules)),
            ComplaintDeadlineView.Of(ComplaintCalendar.Frozen(report.Resolution, complaint.ResolveDueAt, rules)),
            report.Feedback is { } feedback ? ComplaintDeadlineView.Of(ComplaintCalendar.Frozen(feedback, complaint.FeedbackDueAt, rules)) : null,
            ceiling,
            report.IsOverdue || ceiling?.State == MilestoneState.Overdue,
            complaint.PausedAt is not null);
    }

    /// <summary>The complaint's status history, oldest first.</summary>
    public static async Task<List<ComplaintStatusChange>> HistoryAsync(IResolveFieldContext context, Complaint complaint)
    {
        var work = context.Work();
        var loader = context.GetDataLoader("Complaint.history", () => new DataLoader<Guid, List<ComplaintStatusChange>>(async (ids, ct) =>
        {
            var db = await work.DbAsync(ct);
            var rows = await db.ComplaintStatusHistory.AsNoTracking().Where(h => ids.Contains(h.ComplaintId))
                .OrderBy(h => h.ChangedAt).ThenBy(h => h.Id).ToListAsync(ct);
            return (IReadOnlyDictionary<Guid, List<ComplaintStatusChange>>)ids.ToDictionary(id => id, id => rows.Where(r => r.ComplaintId == id).ToList());
        }));
        return await loader.LoadAsync(complaint.Id) ?? [];
    }

    /// <summary>The clock complaints are judged by (tests replace it).</summary>
    public static ComplaintClock ClockOf(IResolveFieldContext context) =>
        context.RequestServices.GetService<ComplaintClock>() ?? ComplaintClock.System;

    // An open milestone past its stored due time on a running (not paused, not archived) complaint.
    private static System.Linq.Expressions.Expression<Func<Complaint, bool>> Overdue(DateTimeOffset now) =>
        c => c.Status != ComplaintStatus.Archived && c.PausedAt == null
            && ((c.AcceptedAt == null && c.AcceptDueAt < now)
                || (c.InvestigationStartedAt == null && c.InvestigationDueAt < now)
                || (c.ResolvedAt == null && c.ResolveDueAt < now)
                || (c.ResolvedAt != null && c.FeedbackGivenAt == null && c.FeedbackDueAt < now));

    private static System.Linq.Expressions.Expression<Func<Complaint, bool>> Not(System.Linq.Expressions.Expression<Func<Complaint, bool>> e) =>
        System.Linq.Expressions.Expression.Lambda<Func<Complaint, bool>>(System.Linq.Expressions.Expression.Not(e.Body), e.Parameters);
}
