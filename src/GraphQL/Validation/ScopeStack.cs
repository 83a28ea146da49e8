namespace Platform.GraphQL.Validation;

/// <summary>A stack that also reads the entry below the top; reused across walks so it stops allocating.</summary>
internal sealed class ScopeStack<T>
{
    private T[] _items = new T[16];

    public int Count { get; private set; }

    public T? Top => Count > 0 ? _items[Count - 1] : default;

    public T? BelowTop => Count > 1 ? _items[Count - 2] : default;

    public void Push(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    public void Pop()
    {
        Count--;
        _items[Count] = default!;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }
}
