namespace Platform.GraphQL.Types;

/// <summary>A schema element that carries applied directives (e.g. <c>@authorize(roles: [ADMIN])</c>).</summary>
public interface IHasDirectives
{
    /// <summary>Directives applied to this element in the SDL, in source order.</summary>
    IReadOnlyList<AppliedDirective> Directives { get; }
}

/// <summary>Lookups over applied directives.</summary>
public static class DirectiveLookup
{
    /// <summary>The first directive applied with this name, or null.</summary>
    public static AppliedDirective? FindDirective(this IHasDirectives element, string name)
    {
        foreach (var directive in element.Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>Every directive applied with this name (several only for repeatable directives).</summary>
    public static IEnumerable<AppliedDirective> FindDirectives(this IHasDirectives element, string name) =>
        element.Directives.Where(d => d.Name == name);
}
