using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.Api.Policies;

/// <summary>Batched policy reads of one operation (by id, by holder, by insured), inside the caller's row scope.</summary>
public static class PolicyLoaders
{
    private const string ById = "Policy.byId";
    private const string ByHolder = "Policy.byHolder";
    private const string ByInsured = "Policy.byInsured";

    /// <summary>The policies with these ids that the caller may read.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Policy>> LoadAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        if (scope.None)
        {
            return new Dictionary<Guid, Policy>();
        }

        var db = await work.DbAsync(ct);
        var wanted = ids.ToArray();
        return (await scope.Policies(db.Policies.AsNoTracking()).Where(p => wanted.Contains(p.Id)).ToListAsync(ct)).ToDictionary(p => p.Id);
    }

    /// <summary>One policy (null when absent or out of scope).</summary>
    public static async ValueTask<Policy?> ByIdAsync(IResolveFieldContext context, Guid id)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(ById, () => new DataLoader<Guid, Policy>((ids, ct) => LoadAsync(work, caller, ids, ct)));
        return await loader.LoadAsync(id);
    }

    /// <summary>The policies a customer holds, newest first.</summary>
    public static async ValueTask<IReadOnlyList<Policy>> HeldByAsync(IResolveFieldContext context, Guid customerId)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(ByHolder, () => new GroupDataLoader<Guid, Policy>(async (ids, ct) =>
        {
            var rows = await ScopedAsync(work, caller, p => ids.Contains(p.PolicyholderId), ct);
            return rows.ToLookup(p => p.PolicyholderId);
        }));
        return await loader.LoadAsync(customerId);
    }

    /// <summary>The policies insuring a customer, newest first.</summary>
    public static async ValueTask<IReadOnlyList<Policy>> InsuringAsync(IResolveFieldContext context, Guid customerId)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(ByInsured, () => new GroupDataLoader<Guid, Policy>(async (ids, ct) =>
        {
            var rows = await ScopedAsync(work, caller, p => ids.Contains(p.InsuredId), ct);
            return rows.ToLookup(p => p.InsuredId);
        }));
        return await loader.LoadAsync(customerId);
    }

    private static async Task<List<Policy>> ScopedAsync(
        OperationWork work, OperationCaller caller, System.Linq.Expressions.Expression<Func<Policy, bool>> filter, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        if (scope.None)
        {
            return [];
        }

        var db = await work.DbAsync(ct);
        return await scope.Policies(db.Policies.AsNoTracking()).Where(filter)
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id).ToListAsync(ct);
    }
}
