using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.Api.Interactions.Read;

/// <summary>
/// Batched interaction reads of one operation inside the caller's row scope: by id, and the latest N per customer or
/// per policy (one SQL command per level: a window function over the batch's parents' rows partitions by parent).
/// </summary>
public static class InteractionLoaders
{
    /// <summary>Most latest interactions a child list may ask for.</summary>
    public const int MaxLatest = 20;

    private const string ById = "Interaction.byId";

    /// <summary>The <c>last</c> argument of a child list, checked (1 to 20).</summary>
    public static int Count(IResolveFieldContext context)
    {
        var last = context.GetArgument("last", 3);
        return last is >= 1 and <= MaxLatest
            ? last
            : throw new GraphQLException($"last must be between 1 and {MaxLatest}.", "BAD_USER_INPUT");
    }

    /// <summary>The interactions with these ids that the caller may read.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Interaction>> LoadAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var wanted = ids.ToArray();
        return (await scope.Interactions(db, db.Interactions.AsNoTracking()).Where(i => wanted.Contains(i.Id)).ToListAsync(ct)).ToDictionary(i => i.Id);
    }

    /// <summary>One interaction (null when absent or out of scope).</summary>
    public static async ValueTask<Interaction?> ByIdAsync(IResolveFieldContext context, Guid id)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(ById, () => new DataLoader<Guid, Interaction>((ids, ct) => LoadAsync(work, caller, ids, ct)));
        return await loader.LoadAsync(id);
    }

    /// <summary>The customer's latest <paramref name="count"/> interactions visible to the caller, newest first.</summary>
    public static async ValueTask<IReadOnlyList<Interaction>> LatestOfCustomerAsync(IResolveFieldContext context, Guid customerId, int count)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(("Interaction.latestOfCustomer", count), () => new GroupDataLoader<Guid, Interaction>(async (ids, ct) =>
        {
            var scope = await RowScope.ForAsync(caller, work, ct);
            var db = await work.DbAsync(ct);
            var wanted = ids.ToArray();

            // EF Core numbers each customer's rows with ROW_NUMBER() over this query, which PostgreSQL cannot restrict by
            // the join: narrowed to the batch's customers, the window reads only their rows (through the customer index),
            // not every interaction of the tenant.
            var visible = scope.Interactions(db, db.Interactions.AsNoTracking()).Where(i => i.CustomerId != null && wanted.Contains(i.CustomerId.Value));
            var rows = await db.Customers.AsNoTracking().Where(c => wanted.Contains(c.Id))
                .SelectMany(c => visible.Where(i => i.CustomerId == c.Id).OrderByDescending(i => i.StartedAt).ThenByDescending(i => i.Id).Take(count))
                .ToListAsync(ct);
            return Newest(rows).ToLookup(i => i.CustomerId!.Value);
        }));
        return await loader.LoadAsync(customerId);
    }

    /// <summary>The policy's latest <paramref name="count"/> interactions visible to the caller, newest first.</summary>
    public static async ValueTask<IReadOnlyList<Interaction>> LatestOfPolicyAsync(IResolveFieldContext context, Guid policyId, int count)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(("Interaction.latestOfPolicy", count), () => new GroupDataLoader<Guid, Interaction>(async (ids, ct) =>
        {
            var scope = await RowScope.ForAsync(caller, work, ct);
            var db = await work.DbAsync(ct);
            var wanted = ids.ToArray();

            // Narrowed to the batch's policies for the same reason as above.
            var visible = scope.Interactions(db, db.Interactions.AsNoTracking()).Where(i => i.PolicyId != null && wanted.Contains(i.PolicyId.Value));
            var rows = await db.Policies.AsNoTracking().Where(p => wanted.Contains(p.Id))
                .SelectMany(p => visible.Where(i => i.PolicyId == p.Id).OrderByDescending(i => i.StartedAt).ThenByDescending(i => i.Id).Take(count))
                .ToListAsync(ct);
            return Newest(rows).ToLookup(i => i.PolicyId!.Value);
        }));
        return await loader.LoadAsync(policyId);
    }

    private static IOrderedEnumerable<Interaction> Newest(List<Interaction> rows) =>
        rows.OrderByDescending(i => i.StartedAt).ThenByDescending(i => i.Id);
}
