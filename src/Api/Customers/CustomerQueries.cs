using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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

    private static readonly System.Reflection.MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

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
        // Ranges in code point order rather than LIKE, so that the search indexes serve them under row-level security
        // (CustomerSearch); being plain comparisons, they also give LIKE's wildcards in the input no meaning.
        if (filter.Get<string>("namePrefix") is { Length: > 0 } prefix)
        {
            query = InRange(query, c => EF.Functions.Collate(c.Name, CustomerSearch.BytewiseCollation), CustomerSearch.PrefixRange(prefix));
        }

        if (filter.Get<string>("phoneSuffix") is { Length: > 0 } phone)
        {
            query = InRange(query, c => EF.Property<string?>(c, CustomerSearch.PhoneReversed), ReversedPrefixRange(phone));
        }

        if (filter.Get<string>("idNumberSuffix") is { Length: > 0 } idNumber)
        {
            query = InRange(query, c => EF.Property<string?>(c, CustomerSearch.IdNumberReversed), ReversedPrefixRange(idNumber));
        }

        if (filter.List<RiskLevel>("riskLevels") is { } levels)
        {
            var wanted = levels.ToArray();
            query = query.Where(c => wanted.Contains(c.RiskLevel));
        }

        return query;
    }

    private static TextRange? ReversedPrefixRange(string suffix) =>
        CustomerSearch.Reverse(suffix) is { } reversed ? CustomerSearch.PrefixRange(reversed) : null;

    // key >= From AND key < To, with the bounds as SQL parameters; no range (an impossible search text) matches nothing.
    private static IQueryable<Customer> InRange(IQueryable<Customer> query, Expression<Func<Customer, string?>> key, TextRange? range)
    {
        if (range is not { } bounds)
        {
            return query.Where(_ => false);
        }

        var holder = Expression.Constant(new Bounds(bounds.From, bounds.To));
        Expression Compare(string bound) =>
            Expression.Call(StringCompare, key.Body, Expression.Property(holder, bound));
        Expression body = Expression.GreaterThanOrEqual(Compare(nameof(Bounds.From)), Expression.Constant(0));
        if (bounds.To is not null)
        {
            body = Expression.AndAlso(body, Expression.LessThan(Compare(nameof(Bounds.To)), Expression.Constant(0)));
        }

        return query.Where(Expression.Lambda<Func<Customer, bool>>(body, key.Parameters));
    }

    // A closure-like holder: EF turns member reads of a constant object into parameters, not literals in the SQL.
    private sealed record Bounds(string From, string? To);
}
