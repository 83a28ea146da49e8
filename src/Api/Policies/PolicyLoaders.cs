using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.Api.Policies;

/// <summary>Batched policy reads of one operation (by id, pages by holder and by insured), inside the caller's row scope.</summary>
public static class PolicyLoaders
{
    private const string ById = "Policy.byId";
    private const string ByHolder = "Policy.byHolder";
    private const string ByInsured = "Policy.byInsured";

    // A customer's policies, newest cover first; the id breaks ties between policies starting on the same day.
    private static readonly KeysetOrder<Policy, DateOnly> NewestFirst = new("customer-policies", p => p.StartDate, p => p.Id, descending: true);

    /// <summary>The policies with these ids that the caller may read.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Policy>> LoadAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        if (scope.None)
        {
            return new Dictionary<Guid, Policy>();
        }

        return await scope.PoliciesWithIdsAsync(await work.DbAsync(ct), ids, ct);
    }

    /// <summary>One policy (null when absent or out of scope).</summary>
    public static async ValueTask<Policy?> ByIdAsync(IResolveFieldContext context, Guid id)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(ById, () => new DataLoader<Guid, Policy>((ids, ct) => LoadAsync(work, caller, ids, ct)));
        return await loader.LoadAsync(id);
    }

    /// <summary>One page of the policies a customer holds, newest first, batched over the customers of a level.</summary>
    public static Task<Connection<Policy>> HeldByAsync(IResolveFieldContext context, Guid customerId) =>
        PageOfCustomerAsync(context, customerId, ByHolder, p => p.PolicyholderId);

    /// <summary>One page of the policies insuring a customer, newest first, batched over the customers of a level.</summary>
    public static Task<Connection<Policy>> InsuringAsync(IResolveFieldContext context, Guid customerId) =>
        PageOfCustomerAsync(context, customerId, ByInsured, p => p.InsuredId);

    // Every customer's list is its own: the customer id is part of the order's name, so a cursor of one customer's
    // policies is refused for another customer's.
    private static string ListOf(string relation, Guid customerId) => $"{relation}:{customerId:N}";

    private static async Task<Connection<Policy>> PageOfCustomerAsync(
        IResolveFieldContext context, Guid customerId, string relation, Expression<Func<Policy, Guid>> parentOf)
    {
        var page = PageRequest.From(context);
        if (page.After is { } after)
        {
            NewestFirst.Check(after, ListOf(relation, customerId));
        }

        if (page.Before is { } before)
        {
            NewestFirst.Check(before, ListOf(relation, customerId));
        }

        var work = context.Work();
        var caller = context.Caller();
        var counts = context.GetDataLoader(relation + ".count", () => new DataLoader<Guid, int>(async (ids, ct) =>
        {
            var scope = await RowScope.ForAsync(caller, work, ct);
            var db = await work.DbAsync(ct);
            var rows = await scope.Policies(db.Policies.AsNoTracking()).Where(Keyset.In(parentOf, [.. ids]))
                .GroupBy(parentOf).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            return rows.ToDictionary(r => r.Key, r => r.Count);
        }));
        var loader = context.GetDataLoader((relation, page), () => new DataLoader<Guid, Connection<Policy>>(async (ids, ct) =>
        {
            var scope = await RowScope.ForAsync(caller, work, ct);
            if (scope.None)
            {
                return ids.ToDictionary(id => id, _ => Connection<Policy>.Empty);
            }

            var db = await work.DbAsync(ct);
            return await Keyset.PagePerParentAsync(
                db.Customers, c => c.Id, scope.Policies(db.Policies), parentOf,
                NewestFirst, page, id => ListOf(relation, id), id => _ => counts.LoadAsync(id), ids, ct);
        }));
        return await loader.LoadAsync(customerId) ?? Connection<Policy>.Empty;
    }
}
