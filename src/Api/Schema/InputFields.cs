using System.Collections;

namespace Platform.Api.Schema;

/// <summary>Typed reads of a coerced input object (<c>Dictionary&lt;string, object?&gt;</c> with given or defaulted fields only).</summary>
public static class InputFields
{
    /// <summary>The input object argument, or null when absent.</summary>
    public static IReadOnlyDictionary<string, object?>? Input(this Platform.GraphQL.Execution.IResolveFieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value as IReadOnlyDictionary<string, object?> : null;

    /// <summary>True when the client gave the field (possibly as null).</summary>
    public static bool Has(this IReadOnlyDictionary<string, object?>? input, string name) => input is not null && input.ContainsKey(name);

    /// <summary>The field's value, or default when absent or null.</summary>
    public static T? Get<T>(this IReadOnlyDictionary<string, object?>? input, string name) =>
        input is not null && input.TryGetValue(name, out var value) && value is T typed ? typed : default;

    /// <summary>The field's value for value types, or null when absent or null.</summary>
    public static T? GetValue<T>(this IReadOnlyDictionary<string, object?>? input, string name)
        where T : struct =>
        input is not null && input.TryGetValue(name, out var value) && value is T typed ? typed : null;

    /// <summary>The list field's items of type T, or null when absent or null.</summary>
    public static IReadOnlyList<T>? List<T>(this IReadOnlyDictionary<string, object?>? input, string name) =>
        input is not null && input.TryGetValue(name, out var value) && value is IEnumerable items and not string
            ? [.. items.OfType<T>()]
            : null;
}
