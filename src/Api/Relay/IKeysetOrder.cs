namespace Platform.Api.Relay;

/// <summary>A keyset order of rows of <typeparamref name="T"/>, whatever the type of its sort key.</summary>
public interface IKeysetOrder<T>
    where T : class
{
    /// <summary>The order's name, stamped into its cursors.</summary>
    string Name { get; }

    /// <summary>The page of <paramref name="filtered"/> that <paramref name="page"/> asks for, in this order.</summary>
    Task<Connection<T>> PageAsync(IQueryable<T> filtered, PageRequest page, CancellationToken ct);

    /// <summary>
    /// The page of <paramref name="filtered"/> in this order, as a list of its own: cursors carry <paramref name="within"/>
    /// (e.g. the parent's id), so a cursor of the same order over another parent is refused.
    /// </summary>
    Task<Connection<T>> PageWithinAsync(IQueryable<T> filtered, PageRequest page, string within, CancellationToken ct);

    /// <summary>
    /// The rows of one page plus one (to tell whether more follow), bounded by the page's cursors and sorted in reading
    /// direction (reversed for <c>last</c>); cursors are checked against <paramref name="name"/>.
    /// </summary>
    IQueryable<T> Window(IQueryable<T> query, PageRequest page, string name);

    /// <summary>The cursor of a row, under <paramref name="name"/>.</summary>
    string CursorOf(T row, string name);

    /// <summary>Rows sorted in memory as <see cref="Window"/> sorts them (for keys that compare in .NET as in SQL).</summary>
    IEnumerable<T> InReadingOrder(IEnumerable<T> rows, bool backward);

    /// <summary>Throws INVALID_CURSOR unless <paramref name="cursor"/> is a cursor of this order under <paramref name="name"/>.</summary>
    void Check(string cursor, string name);
}
