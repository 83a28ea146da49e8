using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Platform.Api.Relay;

/// <summary>
/// One sort order of a connection: a non-null sort key plus the row id as tie-breaker, both in the same direction,
/// compared as a row value <c>(key, id) &gt; (k, i)</c> so PostgreSQL can walk a matching index (keyset, never OFFSET).
/// </summary>
public sealed class KeysetOrder<T, TKey> : IKeysetOrder<T>
    where T : class
{
    private readonly Func<T, TKey> _keyOf;
    private readonly Func<T, Guid> _idOf;

    /// <summary>Creates the order; <paramref name="name"/> is stamped into cursors so one order's cursor is refused by another.</summary>
    public KeysetOrder(string name, Expression<Func<T, TKey>> key, Expression<Func<T, Guid>> id, bool descending)
    {
        Name = name;
        Key = key;
        Id = id;
        Descending = descending;
        _keyOf = key.Compile();
        _idOf = id.Compile();
    }

    /// <summary>The order's name (in cursors).</summary>
    public string Name { get; }

    /// <summary>The sort key.</summary>
    public Expression<Func<T, TKey>> Key { get; }

    /// <summary>The tie-breaking id.</summary>
    public Expression<Func<T, Guid>> Id { get; }

    /// <summary>True for descending order.</summary>
    public bool Descending { get; }

    /// <inheritdoc />
    public Task<Connection<T>> PageAsync(IQueryable<T> filtered, PageRequest page, CancellationToken ct) =>
        Keyset.PageAsync(filtered, this, page, ct);

    /// <inheritdoc />
    public Task<Connection<T>> PageWithinAsync(IQueryable<T> filtered, PageRequest page, string within, CancellationToken ct) =>
        Keyset.PageAsync(filtered, this, page, $"{Name}@{within}", ct);

    /// <inheritdoc />
    public IQueryable<T> Window(IQueryable<T> query, PageRequest page, string name) =>
        Keyset.Window(query, this, page, name);

    /// <inheritdoc />
    public string CursorOf(T row, string name) => Cursor.Encode(name, Format(_keyOf(row)), _idOf(row));

    /// <inheritdoc />
    public IEnumerable<T> InReadingOrder(IEnumerable<T> rows, bool backward) => Descending != backward
        ? rows.OrderByDescending(_keyOf).ThenByDescending(_idOf)
        : rows.OrderBy(_keyOf).ThenBy(_idOf);

    /// <inheritdoc />
    public void Check(string cursor, string name) => Position(cursor, name);

    internal IOrderedQueryable<T> Sort(IQueryable<T> query, bool reverse) => Descending != reverse
        ? query.OrderByDescending(Key).ThenByDescending(Id)
        : query.OrderBy(Key).ThenBy(Id);

    /// <summary>Rows strictly after (<paramref name="later"/>) or before the cursor position in this order.</summary>
    internal IQueryable<T> Beyond(IQueryable<T> query, (TKey Key, Guid Id) position, bool later)
    {
        var greater = later != Descending;
        Expression<Func<TKey, Guid, bool>> compare = greater
            ? (k, i) => EF.Functions.GreaterThan(ValueTuple.Create(k, i), ValueTuple.Create(position.Key, position.Id))
            : (k, i) => EF.Functions.LessThan(ValueTuple.Create(k, i), ValueTuple.Create(position.Key, position.Id));
        var row = Expression.Parameter(typeof(T), "row");
        var body = new Substitution(new Dictionary<ParameterExpression, Expression>
        {
            [compare.Parameters[0]] = new Substitution(Key.Parameters[0], row).Visit(Key.Body),
            [compare.Parameters[1]] = new Substitution(Id.Parameters[0], row).Visit(Id.Body),
        }).Visit(compare.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, row));
    }

    internal string CursorOf(T row) => CursorOf(row, Name);

    internal (TKey Key, Guid Id) Position(string cursor) => Position(cursor, Name);

    internal (TKey Key, Guid Id) Position(string cursor, string name)
    {
        var (key, id) = Cursor.Decode(cursor, name);
        try
        {
            return (Parse(key), id);
        }
        catch (FormatException)
        {
            throw Cursor.Invalid(cursor);
        }
    }

    private static string Format(TKey value) => value switch
    {
        DateTimeOffset instant => instant.UtcTicks.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.DayNumber.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    private static TKey Parse(string text)
    {
        object value = typeof(TKey) switch
        {
            var t when t == typeof(string) => text,
            var t when t == typeof(DateTimeOffset) => new DateTimeOffset(long.Parse(text, CultureInfo.InvariantCulture), TimeSpan.Zero),
            var t when t == typeof(DateOnly) => DateOnly.FromDayNumber(int.Parse(text, CultureInfo.InvariantCulture)),
            var t when t == typeof(short) => short.Parse(text, CultureInfo.InvariantCulture),
            var t when t == typeof(int) => int.Parse(text, CultureInfo.InvariantCulture),
            var t when t == typeof(long) => long.Parse(text, CultureInfo.InvariantCulture),
            var t when t == typeof(decimal) => decimal.Parse(text, CultureInfo.InvariantCulture),
            var t when t == typeof(Guid) => Guid.Parse(text),
            var t when t.IsEnum => Enum.Parse(t, text),
            _ => throw new NotSupportedException($"Keyset keys of type {typeof(TKey).Name} are not supported."),
        };
        return (TKey)value;
    }

    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        public Substitution(ParameterExpression from, Expression to)
            : this(new Dictionary<ParameterExpression, Expression> { [from] = to })
        {
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
    }
}
