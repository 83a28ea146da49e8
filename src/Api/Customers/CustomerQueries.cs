using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Confidentiality;
using Platform.Domain.Customers;
using Platform.Domain.Entities;
using Platform.GraphQL.Execution;

namespace Platform.Api.Customers;

/// <summary>The customer list: row scope, filters and keyset order.</summary>
public static class CustomerQueries
{
    private static readonly KeysetOrder<Customer, string> NameAsc = new("name", c => c.Name, c => c.Id, descending: false);
    private static readonly KeysetOrder<Customer, string> NameDesc = new("name-desc", c => c.Name, c => c.Id, descending: true);
    private static readonly KeysetOrder<Customer, DateTimeOffset> CreatedAsc = new("created", c => c.CreatedAt, c => c.Id, descending: false);
    private static readonly KeysetOrder<Customer, DateTimeOffset> CreatedDesc = new("created-desc", c => c.CreatedAt, c => c.Id, descending: true);

    /// <summary>One page of customers for the caller.</summary>
    public static async Task<Connection<Customer>> PageAsync(
        OperationWork work, OperationCaller caller, PageRequest page,
        IReadOnlyDictionary<string, object?>? filter, IReadOnlyDictionary<string, object?>? order, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        if (scope.None)
        {
            return Connection<Customer>.Empty;
        }

        RefuseHiddenSuffixes(await caller.ViewerAsync(work, ct), filter);
        var db = await work.DbAsync(ct);
        var query = Filter(scope.Customers(db.Customers), filter);
        var descending = order.Get<string>("direction") == "DESC";
        return order.Get<string>("field") == "CREATED_AT"
            ? await Keyset.PageAsync(query, descending ? CreatedDesc : CreatedAsc, page, ct)
            : await Keyset.PageAsync(query, descending ? NameDesc : NameAsc, page, ct);
    }

    // A suffix longer than the mask shows would let a masked viewer test hidden characters one by one (R-PII-02).
    private static void RefuseHiddenSuffixes(DataViewer viewer, IReadOnlyDictionary<string, object?>? filter)
    {
        foreach (var (name, kind) in new[] { ("phoneSuffix", PiiKind.Phone), ("idNumberSuffix", PiiKind.IdNumber) })
        {
            if (filter.Get<string>(name) is { Length: > 0 } suffix && !MaskedSearch.AllowsSuffix(viewer, kind, suffix))
            {
                throw new GraphQLException(
                    $"{name} may hold at most the last {MaskedSearch.VisibleSuffixLength(kind)} characters, which the masked value shows, without full clearance (R-PII-02).",
                    AuthorizeDirective.Forbidden);
            }
        }
    }

    private static IQueryable<Customer> Filter(IQueryable<Customer> query, IReadOnlyDictionary<string, object?>? filter)
    {
        if (filter.Get<string>("namePrefix") is { Length: > 0 } prefix)
        {
            query = query.Where(c => c.Name.StartsWith(prefix));
        }

        if (filter.Get<string>("phoneSuffix") is { Length: > 0 } phone)
        {
            query = query.Where(c => c.Phone != null && c.Phone.EndsWith(phone));
        }

        if (filter.Get<string>("idNumberSuffix") is { Length: > 0 } idNumber)
        {
            query = query.Where(c => c.IdNumber != null && c.IdNumber.EndsWith(idNumber));
        }

        if (filter.List<RiskLevel>("riskLevels") is { } levels)
        {
            var wanted = levels.ToArray();
            query = query.Where(c => wanted.Contains(c.RiskLevel));
        }

        return query;
    }
}
