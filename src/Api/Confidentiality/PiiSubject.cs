using System.Collections.Concurrent;
using Platform.Domain.Entities;

namespace Platform.Api.Confidentiality;

/// <summary>Whose personal data a value is: the record it was read from and the customer it describes.</summary>
public readonly record struct PiiSubject(string RecordType, Guid RecordId, Guid CustomerId);

/// <summary>
/// Tells the <c>@pii</c> middleware whose data the parent object of a personal field holds. Customers are built in;
/// an area whose type carries <c>@pii</c> fields registers its CLR type in its <c>Bind</c>.
/// </summary>
public static class PiiSubjects
{
    private static readonly ConcurrentDictionary<Type, Func<object, PiiSubject>> Readers = new()
    {
        [typeof(Customer)] = value => new PiiSubject("Customer", ((Customer)value).Id, ((Customer)value).Id),
    };

    /// <summary>Registers how to read the subject of <typeparamref name="T"/> values (idempotent).</summary>
    public static void Register<T>(Func<T, PiiSubject> read) => Readers[typeof(T)] = value => read((T)value);

    /// <summary>The subject of a parent object.</summary>
    /// <exception cref="InvalidOperationException">The type is not registered (a schema bug, reported as an unexpected error).</exception>
    public static PiiSubject Of(object source) => Readers.TryGetValue(source.GetType(), out var read)
        ? read(source)
        : throw new InvalidOperationException($"No PII subject is registered for {source.GetType().Name}; call PiiSubjects.Register in the area's Bind.");
}
