using System.Linq.Expressions;
using Platform.Api.Schema;

namespace Platform.Api.Relay;

/// <summary>
/// The orders of one list, by the <c>field</c> and <c>direction</c> of its <c>orderBy</c> input. Every order is a
/// sort key plus the row id, each field in both directions; names start with the list's name so that a cursor of one
/// list or order is refused by every other.
/// </summary>
public sealed class KeysetOrders<T>(string list)
    where T : class
{
    private readonly Dictionary<(string Field, bool Descending), IKeysetOrder<T>> _orders = [];

    /// <summary>Adds <paramref name="field"/> in both directions.</summary>
    public KeysetOrders<T> Add<TKey>(string field, Expression<Func<T, TKey>> key, Expression<Func<T, Guid>> id)
    {
        _orders[(field, false)] = new KeysetOrder<T, TKey>($"{list}:{field}", key, id, descending: false);
        _orders[(field, true)] = new KeysetOrder<T, TKey>($"{list}:{field}:desc", key, id, descending: true);
        return this;
    }

    /// <summary>Adds an order under a name that cursors already carry (orders that existed before this registry).</summary>
    public KeysetOrders<T> Add(string field, bool descending, IKeysetOrder<T> order)
    {
        _orders[(field, descending)] = order;
        return this;
    }

    /// <summary>The order an <c>orderBy</c> input names; its absent parts take the list's defaults.</summary>
    public IKeysetOrder<T> Pick(IReadOnlyDictionary<string, object?>? orderBy, string defaultField, bool defaultDescending)
    {
        var field = orderBy.Get<string>("field") ?? defaultField;
        var descending = orderBy.Get<string>("direction") is { } direction ? direction == "DESC" : defaultDescending;
        return _orders.TryGetValue((field, descending), out var order)
            ? order
            : throw new InvalidOperationException($"The list {list} has no order {field} {(descending ? "DESC" : "ASC")}.");
    }
}
