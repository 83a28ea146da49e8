namespace Platform.Identity.Tokens;

/// <summary>Scope strings: parsing and checking a request against what a client may ask for.</summary>
public static class ScopeSet
{
    public const string OpenId = "openid";
    public const string Profile = "profile";
    public const string OfflineAccess = "offline_access";
    public const string Api = "api";

    /// <summary>Every scope this service knows.</summary>
    public static readonly string[] Supported = [OpenId, Profile, OfflineAccess, Api];

    /// <summary>Splits a space-delimited scope parameter into distinct values.</summary>
    public static string[] Parse(string? scope) =>
        scope is null ? [] : scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The granted scopes: the requested ones if all are allowed, else null; when none are requested, the given defaults.</summary>
    public static string[]? Grant(string? requested, IReadOnlyCollection<string> allowed, IEnumerable<string> defaults)
    {
        var scopes = Parse(requested);
        if (scopes.Length == 0)
        {
            return defaults.Where(allowed.Contains).ToArray();
        }

        return scopes.All(allowed.Contains) ? scopes : null;
    }

    /// <summary>Joins scopes the way the scope claim and parameter carry them.</summary>
    public static string Join(IEnumerable<string> scopes) => string.Join(' ', scopes);
}
