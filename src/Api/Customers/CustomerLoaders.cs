using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.Api.Customers;

/// <summary>Batched customer reads of one operation, always inside the caller's row scope.</summary>
public static class CustomerLoaders
{
    private const string ById = "Customer.byId";

    /// <summary>The customers with these ids that the caller may read (one SQL command).</summary>
    public static async Task<IReadOnlyDictionary<Guid, Customer>> LoadAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        if (scope.None)
        {
            return new Dictionary<Guid, Customer>();
        }

        return await scope.CustomersWithIdsAsync(await work.DbAsync(ct), ids, ct);
    }

    /// <summary>One customer through the operation's batching loader (null when absent or out of scope).</summary>
    public static async ValueTask<Customer?> ByIdAsync(IResolveFieldContext context, Guid id)
    {
        var work = context.Work();
        var caller = context.Caller();
        var loader = context.GetDataLoader(ById, () => new DataLoader<Guid, Customer>((ids, ct) => LoadAsync(work, caller, ids, ct)));
        return await loader.LoadAsync(id);
    }
}
