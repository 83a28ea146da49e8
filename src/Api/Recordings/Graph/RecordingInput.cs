using Platform.Api.Relay;
using Platform.GraphQL.Execution;

namespace Platform.Api.Recordings.Graph;

/// <summary>Reads the fields of a coerced input object (the engine hands them over as a dictionary).</summary>
public sealed class RecordingInput(IReadOnlyDictionary<string, object?> fields)
{
    /// <summary>The field <c>input</c> of the resolved field.</summary>
    public static RecordingInput Of(IResolveFieldContext context) =>
        new(context.GetArgument<IReadOnlyDictionary<string, object?>>("input") ?? new Dictionary<string, object?>());

    /// <summary>A field's value, or default when absent or null.</summary>
    public T? Get<T>(string name) => fields.TryGetValue(name, out var value) && value is T typed ? typed : default;

    /// <summary>A global id field that must name <paramref name="typeName"/>; INVALID_ID otherwise.</summary>
    public Guid Id(string name, string typeName) => GlobalId.Parse(Get<string>(name), typeName);

    /// <summary>An optional global id field.</summary>
    public Guid? OptionalId(string name, string typeName) => Get<string>(name) is { } text ? GlobalId.Parse(text, typeName) : null;

    /// <summary>An Int field.</summary>
    public int? Int(string name) => fields.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
