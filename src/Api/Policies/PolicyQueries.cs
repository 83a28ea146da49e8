using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Policies;
using Platform.GraphQL.Execution;

namespace Platform.Api.Policies;

/// <summary>The policy list: row scope, filters (incl. renewal due, R-POL-01) and keyset order.</summary>
public static class PolicyQueries
{
    private static readonly KeysetOrders<Policy> Orders = PolicyOrders("policies");

    // A list of its own, so a cursor of the policy list is refused here and the other way round.
    private static readonly KeysetOrders<Policy> RenewalOrders = PolicyOrders("renewals");

    /// <summary>One page of policies for the caller.</summary>
    public static async Task<Connection<Policy>> PageAsync(
        OperationWork work, OperationCaller caller, PageRequest page, IReadOnlyDictionary<string, object?>? filter,
        IReadOnlyDictionary<string, object?>? order, TimeProvider clock, CancellationToken ct) =>
        await OrderedPageAsync(work, caller, page, filter, Orders.Pick(order, "POLICY_NUMBER", defaultDescending: false), clock, ct);

    /// <summary>
    /// Active policies whose renewal reminder is due today (R-POL-01), further filtered, by end date unless
    /// <paramref name="order"/> says otherwise.
    /// </summary>
    public static Task<Connection<Policy>> RenewalsDueAsync(
        OperationWork work, OperationCaller caller, PageRequest page, IReadOnlyDictionary<string, object?>? filter,
        IReadOnlyDictionary<string, object?>? order, TimeProvider clock, CancellationToken ct)
    {
        var due = new Dictionary<string, object?>(filter ?? new Dictionary<string, object?>()) { ["renewalDue"] = true };
        return OrderedPageAsync(work, caller, page, due, RenewalOrders.Pick(order, "END_DATE", defaultDescending: false), clock, ct);
    }

    private static async Task<Connection<Policy>> OrderedPageAsync(
        OperationWork work, OperationCaller caller, PageRequest page, IReadOnlyDictionary<string, object?>? filter,
        IKeysetOrder<Policy> order, TimeProvider clock, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        if (scope.None)
        {
            return Connection<Policy>.Empty;
        }

        var db = await work.DbAsync(ct);
        var query = await FilterAsync(work, scope.Policies(db.Policies), filter, clock, ct);
        return await order.PageAsync(query, page, ct);
    }

    private static KeysetOrders<Policy> PolicyOrders(string list) => new KeysetOrders<Policy>(list)
        .Add("POLICY_NUMBER", p => p.PolicyNumber, p => p.Id)
        .Add("END_DATE", p => p.EndDate, p => p.Id)
        .Add("CREATED_AT", p => p.CreatedAt, p => p.Id);

    private static async Task<IQueryable<Policy>> FilterAsync(
        OperationWork work, IQueryable<Policy> query, IReadOnlyDictionary<string, object?>? filter, TimeProvider clock, CancellationToken ct)
    {
        if (filter.List<PolicyStatus>("statuses") is { } statuses)
        {
            var wanted = statuses.ToArray();
            query = query.Where(p => wanted.Contains(p.Status));
        }

        if (filter.List<ProductLine>("productLines") is { } lines)
        {
            var wanted = lines.ToArray();
            query = query.Where(p => wanted.Contains(p.ProductLine));
        }

        if (filter.GetValue<DateOnly>("endDateFrom") is { } from)
        {
            query = query.Where(p => p.EndDate >= from);
        }

        if (filter.GetValue<DateOnly>("endDateTo") is { } to)
        {
            query = query.Where(p => p.EndDate <= to);
        }

        if (filter.GetValue<bool>("renewalDue") is { } due)
        {
            var (first, last) = RenewalReminder.EndDatesDueOn(await work.TodayAsync(clock, ct));
            query = due
                ? query.Where(p => p.Status == PolicyStatus.Active && p.EndDate >= first && p.EndDate <= last)
                : query.Where(p => !(p.Status == PolicyStatus.Active && p.EndDate >= first && p.EndDate <= last));
        }

        if (filter.Has("holderId") && filter.Get<string>("holderId") is { } holder)
        {
            var id = GlobalId.Parse(holder, "Customer");
            query = query.Where(p => p.PolicyholderId == id);
        }

        if (filter.Has("insuredId") && filter.Get<string>("insuredId") is { } insured)
        {
            var id = GlobalId.Parse(insured, "Customer");
            query = query.Where(p => p.InsuredId == id);
        }

        if (filter.Get<string>("policyNumber") is { Length: > 0 } number)
        {
            query = query.Where(p => p.PolicyNumber == number);
        }

        return query;
    }
}
