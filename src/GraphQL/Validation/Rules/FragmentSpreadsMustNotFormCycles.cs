using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles. A depth-first search over the spread graph reports each cycle
/// once; the search is iterative so a long chain of fragments cannot exhaust the stack.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var definitionList = node.Definitions;
        for (var definitionIndex = 0; definitionIndex < definitionList.Count; definitionIndex++)
        {
            var definition = definitionList[definitionIndex];
            if (definition is FragmentDefinitionNode fragment && !done.Contains(fragment.Name)
                && ReferenceEquals(context.GetFragment(fragment.Name), fragment))
            {
                Search(context, fragment, done);
            }
        }
    }

    private static void Search(ValidationContext context, FragmentDefinitionNode start, HashSet<string> done)
    {
        // The path holds the spreads leading from the start fragment to the fragment on top of the frame stack.
        var path = new List<FragmentSpreadNode>();
        var pathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal) { [start.Name] = 0 };
        var frames = new Stack<(FragmentDefinitionNode Fragment, int Next)>();
        frames.Push((start, 0));
        done.Add(start.Name);
        while (frames.Count > 0)
        {
            var (fragment, next) = frames.Pop();
            var spreads = context.GetFragmentSpreads(fragment);
            if (next >= spreads.Count)
            {
                pathIndexByName.Remove(fragment.Name);
                if (path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            frames.Push((fragment, next + 1));
            var spread = spreads[next];
            if (pathIndexByName.TryGetValue(spread.Name, out var cycleStart))
            {
                Report(context, spread, path, cycleStart);
                continue;
            }

            if (done.Contains(spread.Name) || context.GetFragment(spread.Name) is not { } target)
            {
                continue;
            }

            done.Add(spread.Name);
            path.Add(spread);
            pathIndexByName[spread.Name] = path.Count;
            frames.Push((target, 0));
        }
    }

    private static void Report(ValidationContext context, FragmentSpreadNode closing, List<FragmentSpreadNode> path, int cycleStart)
    {
        var nodes = new List<SyntaxNode>();
        var via = new List<string>();
        for (var i = cycleStart; i < path.Count; i++)
        {
            nodes.Add(path[i]);
            via.Add("\"" + path[i].Name + "\"");
        }

        nodes.Add(closing);
        var message = via.Count == 0
            ? $"Cannot spread fragment \"{closing.Name}\" within itself."
            : $"Cannot spread fragment \"{closing.Name}\" within itself via {string.Join(", ", via)}.";
        context.ReportError(message, nodes);
    }
}
