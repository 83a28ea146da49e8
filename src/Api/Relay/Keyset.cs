using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;

namespace Platform.Api.Relay;

/// <summary>Reads one page of a filtered query in keyset order: one SQL command per page (plus one for <c>totalCount</c>).</summary>
public static class Keyset
{
    /// <summary>
    /// The page of <paramref name="filtered"/> that <paramref name="page"/> asks for. The query must already hold the
    /// caller's row scope and filters; it is read without tracking.
    /// </summary>
    public static Task<Connection<T>> PageAsync<T, TKey>(
        IQueryable<T> filtered, KeysetOrder<T, TKey> order, PageRequest page, CancellationToken ct)
        where T : class => PageAsync(filtered, order, page, order.Name, ct);

    /// <summary>As <see cref="PageAsync{T, TKey}(IQueryable{T}, KeysetOrder{T, TKey}, PageRequest, CancellationToken)"/>, with cursors named <paramref name="name"/>.</summary>
    internal static async Task<Connection<T>> PageAsync<T, TKey>(
        IQueryable<T> filtered, KeysetOrder<T, TKey> order, PageRequest page, string name, CancellationToken ct)
        where T : class
    {
        // A generic plan guesses how many rows the caller's filters keep, and a wrong guess walks the whole tenant in
        // sort order (an empty end-date range: 7 ms planned for its values, 340 ms generic).
        filtered = PlanPerExecution.Mark(filtered);

        // Cursors are checked before anything is read, so a foreign cursor fails the same way for an empty page.
        var window = Window(filtered.AsNoTracking(), order, page, name);
        Func<CancellationToken, Task<int>> count = token => filtered.CountAsync(token);
        if (page.Size == 0)
        {
            return new Connection<T>([], new PageInfo(false, false, null, null), count);
        }

        return Assemble(await window.ToListAsync(ct), order, page, name, count);
    }

    /// <summary>
    /// One page per parent, all in one SQL command. <paramref name="children"/> is the caller's scoped child query and
    /// <paramref name="parentOf"/> its reference to the parent; the page's bounds, order and limit are applied per
    /// parent. Callers check each parent's cursors with <see cref="IKeysetOrder{T}.Check"/> first; all parents of one
    /// batch share the page arguments.
    /// </summary>
    /// <remarks>
    /// EF Core turns a per-parent top-N into <c>ROW_NUMBER() OVER (PARTITION BY parent)</c> over the child query, which
    /// PostgreSQL cannot restrict by the join; so the child query is first narrowed to the batch's parents, and the
    /// window only numbers their rows (read through the parent's index), never the tenant's whole table. Rows are put
    /// back in order in memory, so the order's key must compare in .NET as in SQL (not text).
    /// </remarks>
    public static async Task<IReadOnlyDictionary<Guid, Connection<T>>> PagePerParentAsync<TParent, T>(
        IQueryable<TParent> parents, Expression<Func<TParent, Guid>> parentId, IQueryable<T> children, Expression<Func<T, Guid>> parentOf,
        IKeysetOrder<T> order, PageRequest page, Func<Guid, string> nameOf,
        Func<Guid, Func<CancellationToken, Task<int>>> countOf, IReadOnlyList<Guid> parentIds, CancellationToken ct)
        where TParent : class
        where T : class
    {
        if (page.Size == 0 || parentIds.Count == 0)
        {
            return parentIds.ToDictionary(p => p, p => new Connection<T>([], new PageInfo(false, false, null, null), countOf(p)));
        }

        var wanted = parentIds.ToArray();
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var child = Expression.Parameter(typeof(T), "child");
        var ofThisParent = Expression.Lambda<Func<T, bool>>(
            Expression.Equal(new Substitution(parentOf.Parameters[0], child).Visit(parentOf.Body)!, new Substitution(parentId.Parameters[0], parent).Visit(parentId.Body)!),
            child);
        var correlated = Expression.Call(
            typeof(Queryable), nameof(Queryable.Where), [typeof(T)], children.Where(In(parentOf, wanted)).Expression, Expression.Quote(ofThisParent));

        // The window is built on a placeholder source and then grafted onto the per-parent child query.
        var placeholder = Array.Empty<T>().AsQueryable();
        var window = order.Window(placeholder, page, nameOf(parentIds[0]));
        var body = new Substitution(placeholder.Expression, correlated).Visit(window.Expression)!;
        var selector = Expression.Lambda<Func<TParent, IEnumerable<T>>>(body, parent);
        var rows = await parents.Where(In(parentId, wanted)).AsNoTracking().SelectMany(selector).AsNoTracking().ToListAsync(ct);
        var byParent = rows.ToLookup(parentOf.Compile());
        return parentIds.ToDictionary(p => p, p => Assemble([.. order.InReadingOrder(byParent[p], page.Backward)], order, page, nameOf(p), countOf(p)));
    }

    /// <summary><c>row =&gt; ids.Contains(key(row))</c>, with the ids as one array parameter (one SQL text whatever the ids).</summary>
    public static Expression<Func<TRow, bool>> In<TRow>(Expression<Func<TRow, Guid>> key, Guid[] ids)
    {
        // A field of a captured object, as a lambda closure would have, is what EF Core turns into a parameter.
        var captured = Expression.Field(Expression.Constant(new Captured(ids)), nameof(Captured.Ids));
        return Expression.Lambda<Func<TRow, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], captured, key.Body), key.Parameters);
    }

    /// <summary>The rows of a page plus one, bounded by the page's cursors (checked against <paramref name="name"/>), in reading direction.</summary>
    internal static IQueryable<T> Window<T, TKey>(IQueryable<T> query, KeysetOrder<T, TKey> order, PageRequest page, string name)
        where T : class
    {
        var after = page.After is { } a ? order.Position(a, name) : ((TKey, Guid)?)null;
        var before = page.Before is { } b ? order.Position(b, name) : ((TKey, Guid)?)null;
        if (after is { } start)
        {
            query = order.Beyond(query, start, later: true);
        }

        if (before is { } end)
        {
            query = order.Beyond(query, end, later: false);
        }

        return order.Sort(query, reverse: page.Backward).Take(page.Size + 1);
    }

    // Turns the rows of a window (a page plus one, in reading direction) into a connection.
    private static Connection<T> Assemble<T>(List<T> rows, IKeysetOrder<T> order, PageRequest page, string name, Func<CancellationToken, Task<int>> count)
        where T : class
    {
        var more = rows.Count > page.Size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (page.Backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(row => new Edge<T>(order.CursorOf(row, name), row)).ToArray();
        var info = new PageInfo(
            HasNextPage: page.Backward ? page.Before is not null : more,
            HasPreviousPage: page.Backward ? more : page.After is not null,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, info, count);
    }

    private sealed class Captured(Guid[] ids)
    {
        public readonly Guid[] Ids = ids;
    }

    private sealed class Substitution(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => ReferenceEquals(node, from) ? to : base.Visit(node);
    }
}
