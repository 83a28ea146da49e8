using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Finds names given more than once in one list (arguments, input fields, variables) and reports each such name once,
/// located at every occurrence. Short lists are scanned without allocating; long ones use a dictionary so hostile
/// documents stay linear.
/// </summary>
internal static class DuplicateNames
{
    private const int ScanLimit = 16;

    public static void Report<T>(ValidationContext context, IReadOnlyList<T> items, Func<T, string> nameOf, Func<string, string> message)
        where T : SyntaxNode
    {
        if (items.Count < 2)
        {
            return;
        }

        if (items.Count <= ScanLimit)
        {
            ReportByScan(context, items, nameOf, message);
            return;
        }

        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!groups.TryGetValue(name, out var group))
            {
                groups[name] = group = [];
                order.Add(name);
            }

            group.Add(item);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                context.ReportError(message(name), groups[name]);
            }
        }
    }

    private static void ReportByScan<T>(ValidationContext context, IReadOnlyList<T> items, Func<T, string> nameOf, Func<string, string> message)
        where T : SyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            var name = nameOf(items[i]);
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = nameOf(items[j]) == name;
            }

            if (seenBefore)
            {
                continue;
            }

            List<SyntaxNode>? group = null;
            for (var j = i + 1; j < items.Count; j++)
            {
                if (nameOf(items[j]) == name)
                {
                    group ??= [items[i]];
                    group.Add(items[j]);
                }
            }

            if (group is not null)
            {
                context.ReportError(message(name), group);
            }
        }
    }
}
