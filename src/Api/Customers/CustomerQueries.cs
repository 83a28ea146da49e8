using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Customers;
using Platform.Domain.Entities;

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

        var db = await work.DbAsync(ct);
        var query = Filter(scope.Customers(db.Customers), filter);
        var descending = order.Get<string>("direction") == "DESC";
        return order.Get<string>("field") == "CREATED_AT"
            ? await Keyset.PageAsync(query, descending ? CreatedDesc : CreatedAsc, page, ct)
            : await Keyset.PageAsync(query, descending ? NameDesc : NameAsc, page, ct);
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
