using System.Globalization;

namespace Platform.Identity.Administration;

/// <summary>
/// Reads a service-client list request from the query string: <c>order</c> (<c>created</c> or <c>clientId</c>),
/// <c>descending</c>, the exclusive bounds <c>fromCreated</c>/<c>fromId</c> and <c>toCreated</c>/<c>toId</c> (UTC ticks
/// and client id), <c>limit</c>, and the filters <c>enabled</c>, <c>role</c> and <c>prefix</c>.
/// </summary>
public static class ClientListQuery
{
    /// <summary>The query, or null when a bound or the limit is malformed; without a limit, the first 1000 rows.</summary>
    public static ServiceClientListQuery? Parse(IQueryCollection query)
    {
        var byClientId = query["order"] == "clientId";
        if (!TryBound(query, "from", byClientId, out var from) || !TryBound(query, "to", byClientId, out var to))
        {
            return null;
        }

        var limit = ClientAdministration.MaxListLimit;
        if (query.ContainsKey("limit") && !int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out limit))
        {
            return null;
        }

        var (enabled, role, prefix) = Filter(query);
        return new ServiceClientListQuery(byClientId, query["descending"] == "true", from, to, limit, enabled, role, prefix);
    }

    /// <summary>The filters: <c>enabled</c> (true/false), <c>role</c> (a claim value) and <c>prefix</c> of the client id.</summary>
    public static (bool? Enabled, string? Role, string? Prefix) Filter(IQueryCollection query) => (
        query["enabled"].ToString() switch { "true" => true, "false" => false, _ => null },
        query.ContainsKey("role") ? query["role"].ToString() : null,
        query.ContainsKey("prefix") ? query["prefix"].ToString() : null);

    private static bool TryBound(IQueryCollection query, string name, bool byClientId, out ServiceClientPosition? bound)
    {
        bound = null;
        if (!query.ContainsKey(name + "Id"))
        {
            return true;
        }

        var id = query[name + "Id"].ToString();
        if (byClientId)
        {
            bound = new ServiceClientPosition(default, id);
            return true;
        }

        if (!long.TryParse(query[name + "Created"], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        bound = new ServiceClientPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
