using System.Globalization;
using Platform.GraphQL.Execution.Loading;

namespace Platform.GraphQL.Execution;

/// <summary>Typed conveniences over <see cref="IResolveFieldContext"/>.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>
    /// The argument converted to <typeparamref name="T"/>; <paramref name="defaultValue"/> when absent or null.
    /// Numbers convert between integral and floating types; enum arguments already carry their CLR value when bound.
    /// </summary>
    public static T? GetArgument<T>(this IResolveFieldContext context, string name, T? defaultValue = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Arguments.TryGetValue(name, out var value) || value is null)
        {
            return defaultValue;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum && value is string text)
        {
            return (T)Enum.Parse(target, text, ignoreCase: true);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Argument \"{name}\" is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>The request's loader under <paramref name="key"/>, created on first use.</summary>
    public static TLoader GetDataLoader<TLoader>(this IResolveFieldContext context, object key, Func<TLoader> create)
        where TLoader : DataLoaderBase =>
        context.Loaders.GetOrAdd(key, create);

    /// <summary>The typed parent object.</summary>
    public static T GetSource<T>(this IResolveFieldContext context) =>
        context.Source is T source
            ? source
            : throw new InvalidOperationException($"Field \"{context.FieldName}\" expected a parent of type {typeof(T).Name}.");
}
