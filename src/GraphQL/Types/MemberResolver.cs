using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types;

/// <summary>
/// The default field resolver: reads the field from the parent value — a dictionary entry with the field's name, or a
/// public property / field named like it (exact, then with the first letter upper-cased, then ignoring case).
/// </summary>
public static class MemberResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    /// <summary>Creates the resolver for a field (the strategy signature the schema builder expects).</summary>
    public static FieldResolver? For(FieldDefinition field) => Create(field.Name);

    /// <summary>Creates a resolver that reads member <paramref name="name"/> of the parent value.</summary>
    public static FieldResolver Create(string name)
    {
        // A per-field cache of the last parent CLR type avoids the shared dictionary on the hot path; type and getter
        // live in one object so concurrent requests never pair one type with another type's getter.
        LastGetter? last = null;
        return context =>
        {
            var source = context.Source;

            // Only CLR types that are not dictionaries are ever cached, so a hit can skip the dictionary checks.
            var cached = last;
            if (cached is not null && source is not null && ReferenceEquals(cached.Type, source.GetType()))
            {
                return new ValueTask<object?>(cached.Getter?.Invoke(source));
            }

            switch (source)
            {
                case null:
                    return new ValueTask<object?>((object?)null);
                case IReadOnlyDictionary<string, object?> map:
                    return new ValueTask<object?>(map.TryGetValue(name, out var value) ? value : null);
                case IDictionary<string, object?> dictionary:
                    return new ValueTask<object?>(dictionary.TryGetValue(name, out var entry) ? entry : null);
                case IDictionary legacy:
                    return new ValueTask<object?>(legacy.Contains(name) ? legacy[name] : null);
            }

            var type = source.GetType();
            cached = new LastGetter(type, Getters.GetOrAdd((type, name), static key => BuildGetter(key.Type, key.Name)));
            last = cached;
            return new ValueTask<object?>(cached.Getter?.Invoke(source));
        };
    }

    private static Func<object, object?>? BuildGetter(Type type, string name)
    {
        var member = FindMember(type, name);
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo property
            ? Expression.Property(typed, property)
            : Expression.Field(typed, (FieldInfo)member);

        // Booleans come back as the Boolean scalar's two shared boxes, which it would return anyway, so boxing each read
        // would only add an allocation per field per object.
        Expression body = access.Type == typeof(bool)
            ? Expression.Condition(access, Expression.Constant(BooleanType.True, typeof(object)), Expression.Constant(BooleanType.False, typeof(object)), typeof(object))
            : Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        foreach (var candidate in new[] { name, pascal })
        {
            if (type.GetProperty(candidate, flags) is { CanRead: true } property && property.GetIndexParameters().Length == 0)
            {
                return property;
            }

            if (type.GetField(candidate, flags) is { } field)
            {
                return field;
            }
        }

        var insensitive = flags | BindingFlags.IgnoreCase;
        return type.GetProperties(insensitive).FirstOrDefault(p => p.CanRead && p.GetIndexParameters().Length == 0
                && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? (MemberInfo?)type.GetFields(insensitive).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record LastGetter(Type Type, Func<object, object?>? Getter);
}
