using Microsoft.EntityFrameworkCore;

namespace Platform.Api.Relay;

/// <summary>Reads one page of a filtered query in keyset order: one SQL command per page (plus one for <c>totalCount</c>).</summary>
public static class Keyset
{
    /// <summary>
    /// The page of <paramref name="filtered"/> that <paramref name="page"/> asks for. The query must already hold the
    /// caller's row scope and filters; it is read without tracking.
    /// </summary>
    public static async Task<Connection<T>> PageAsync<T, TKey>(
        IQueryable<T> filtered, KeysetOrder<T, TKey> order, PageRequest page, CancellationToken ct)
        where T : class
    {
        var after = page.After is { } a ? order.Position(a) : ((TKey, Guid)?)null;
        var before = page.Before is { } b ? order.Position(b) : ((TKey, Guid)?)null;
        var window = filtered.AsNoTracking();
        if (after is { } start)
        {
            window = order.Beyond(window, start, later: true);
        }

        if (before is { } end)
        {
            window = order.Beyond(window, end, later: false);
        }

        Func<CancellationToken, Task<int>> count = token => filtered.CountAsync(token);
        if (page.Size == 0)
        {
            return new Connection<T>([], new PageInfo(false, false, null, null), count);
        }

        var rows = await order.Sort(window, reverse: page.Backward).Take(page.Size + 1).ToListAsync(ct);
        var more = rows.Count > page.Size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (page.Backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(row => new Edge<T>(order.CursorOf(row), row)).ToArray();
        var info = new PageInfo(
            HasNextPage: page.Backward ? before is not null : more,
            HasPreviousPage: page.Backward ? more : after is not null,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, info, count);
    }
}
