using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Platform.GraphQL.Execution.Results;

/// <summary>
/// The completed value of an object in the response: response keys in selection order and their values.
/// The key array is shared by every object completed from the same selection, so an object costs one value array.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly ResultKeys _shape;
    private readonly string[] _keys;
    private readonly object?[] _values;

    /// <summary>Creates a map over <paramref name="keys"/> (not copied) with all values null.</summary>
    public ResultMap(string[] keys)
        : this(new ResultKeys(keys))
    {
    }

    internal ResultMap(ResultKeys keys)
    {
        _shape = keys;
        _keys = keys.Names;
        _values = _keys.Length == 0 ? [] : new object?[_keys.Length];
    }

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values;

    /// <summary>The key at a position.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at a position.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Set(int index, object? value) => _values[index] = value;

    internal System.Text.Json.JsonEncodedText EncodedKeyAt(int index) => _shape.Encoded[index];
}
