using System.Reflection;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Types;

/// <summary>
/// A stand-in IResolveFieldContext for calling resolvers directly: answers the members named in a dictionary and
/// defaults for the rest, so it keeps working as the executor's context interface grows.
/// </summary>
public class FakeResolveContext : DispatchProxy
{
    private Dictionary<string, object?> _members = [];

    /// <summary>Creates a context whose Source and Arguments are given.</summary>
    public static IResolveFieldContext Create(object? source, IReadOnlyDictionary<string, object?>? arguments = null, string fieldName = "field")
    {
        var context = DispatchProxy.Create<IResolveFieldContext, FakeResolveContext>();
        ((FakeResolveContext)(object)context)._members = new Dictionary<string, object?>
        {
            ["Source"] = source,
            ["Arguments"] = arguments ?? new Dictionary<string, object?>(),
            ["FieldName"] = fieldName,
            ["Path"] = Array.Empty<object>(),
            ["Items"] = new Dictionary<string, object?>(),
            ["CancellationToken"] = CancellationToken.None,
        };
        return context;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var name = targetMethod!.Name.StartsWith("get_", StringComparison.Ordinal) ? targetMethod.Name[4..] : targetMethod.Name;
        if (_members.TryGetValue(name, out var value))
        {
            return value;
        }

        return targetMethod.ReturnType.IsValueType && targetMethod.ReturnType != typeof(void)
            ? Activator.CreateInstance(targetMethod.ReturnType)
            : null;
    }
}
