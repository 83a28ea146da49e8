using System.Globalization;
using Platform.Api.Administration.Identity;
using Platform.Api.Administration.Staff;
using Platform.Api.Callers;
using Platform.Api.Relay;
using Platform.GraphQL.Execution;

namespace Platform.Api.Administration.Clients;

/// <summary>Service clients of the caller's tenant, kept by the token service; secrets are shown once.</summary>
public sealed class ServiceClientAdministration(IdentityAdministrationClient identity)
{
    /// <summary>Creates an enabled client with a fixed role set and returns its secret once.</summary>
    public async Task<(IdentityServiceClientWithSecret? Created, AdministrationError? Error)> CreateAsync(string token, string? clientId, string? displayName, IReadOnlyList<Role> roles, CancellationToken ct)
    {
        if (AssignableRole.Check(roles) is { } roleError)
        {
            return (null, roleError);
        }

        var outcome = await identity.CreateClientAsync(token, clientId ?? "", displayName, roles.Distinct().Select(AssignableRole.ToClaim).ToList(), ct);
        return outcome.Value is { } created ? (created, null) : (null, FromIdentity(outcome.Refusal!));
    }

    /// <summary>Replaces the secret; the previous one stops working at once.</summary>
    public async Task<(IdentityServiceClientWithSecret? Rotated, AdministrationError? Error)> RotateSecretAsync(string token, string? clientId, CancellationToken ct)
    {
        var outcome = await identity.RotateSecretAsync(token, clientId ?? "", ct);
        return outcome.Value is { } rotated ? (rotated, null) : (null, FromIdentity(outcome.Refusal!));
    }

    /// <summary>Disables the client: the token endpoint refuses it from now on.</summary>
    public async Task<(IdentityServiceClient? Client, AdministrationError? Error)> DisableAsync(string token, string? clientId, CancellationToken ct)
    {
        var outcome = await identity.DisableClientAsync(token, clientId ?? "", ct);
        return outcome.Value is { } client ? (client, null) : (null, FromIdentity(outcome.Refusal!));
    }

    /// <summary>
    /// One keyset page of the tenant's service clients, oldest first unless <paramref name="orderBy"/> says otherwise.
    /// The token service reads the page (it keeps the clients); cursors are this API's, named after the order.
    /// </summary>
    /// <exception cref="GraphQLException">INVALID_CURSOR for a cursor of another list or order.</exception>
    public async Task<Connection<IdentityServiceClient>> PageAsync(
        string token, PageRequest page, IReadOnlyDictionary<string, object?>? filter, IReadOnlyDictionary<string, object?>? orderBy, CancellationToken ct)
    {
        var byClientId = Value(orderBy, "field") as string == "CLIENT_ID";
        var descending = Value(orderBy, "direction") as string == "DESC";
        var order = "service-clients:" + (byClientId ? "CLIENT_ID" : "CREATED_AT") + (descending ? ":desc" : "");
        var after = page.After is { } a ? Bound(a, order, byClientId) : ((string, string)?)null;
        var before = page.Before is { } b ? Bound(b, order, byClientId) : ((string, string)?)null;
        var filterQuery = FilterQuery(filter);
        Func<CancellationToken, Task<int>> count = async countCt => (await identity.CountClientsAsync(token, filterQuery, countCt)).Value?.Count ?? 0;
        if (page.Size == 0)
        {
            return new Connection<IdentityServiceClient>([], new PageInfo(false, false, null, null), count);
        }

        // Reading backwards walks the order in reverse from `before`, so the bounds swap roles.
        var (from, to) = page.Backward ? (before, after) : (after, before);
        var query = new List<string>(filterQuery.Length == 0 ? [] : [filterQuery])
        {
            "order=" + (byClientId ? "clientId" : "created"),
            "descending=" + (descending != page.Backward ? "true" : "false"),
            "limit=" + (page.Size + 1).ToString(CultureInfo.InvariantCulture),
        };
        query.AddRange(BoundQuery("from", from).Concat(BoundQuery("to", to)));
        var rows = ((await identity.ClientsAsync(token, string.Join('&', query), ct)).Value ?? []).ToList();
        var more = rows.Count > page.Size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (page.Backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => new Edge<IdentityServiceClient>(
            Cursor.EncodeText(order, byClientId ? r.ClientId : r.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), r.ClientId), r)).ToArray();
        var info = new PageInfo(
            HasNextPage: page.Backward ? before is not null : more,
            HasPreviousPage: page.Backward ? more : after is not null,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<IdentityServiceClient>(edges, info, count);
    }

    private static object? Value(IReadOnlyDictionary<string, object?>? input, string name) =>
        input is not null && input.TryGetValue(name, out var value) ? value : null;

    private static (string Created, string ClientId) Bound(string cursor, string order, bool byClientId)
    {
        var (key, clientId) = Cursor.DecodeText(cursor, order);
        if (byClientId)
        {
            return key == clientId ? ("", clientId) : throw Cursor.Invalid(cursor);
        }

        return long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? (key, clientId) : throw Cursor.Invalid(cursor);
    }

    private static IEnumerable<string> BoundQuery(string name, (string Created, string ClientId)? bound)
    {
        if (bound is not { } position)
        {
            yield break;
        }

        yield return $"{name}Id={Uri.EscapeDataString(position.ClientId)}";
        if (position.Created.Length > 0)
        {
            yield return $"{name}Created={position.Created}";
        }
    }

    private static string FilterQuery(IReadOnlyDictionary<string, object?>? filter)
    {
        var parts = new List<string>();
        if (Value(filter, "enabled") is bool enabled)
        {
            parts.Add("enabled=" + (enabled ? "true" : "false"));
        }

        if (Value(filter, "role") is Role role)
        {
            parts.Add("role=" + Uri.EscapeDataString(AssignableRole.ToClaim(role)));
        }

        if (Value(filter, "clientIdPrefix") is string { Length: > 0 } prefix)
        {
            parts.Add("prefix=" + Uri.EscapeDataString(prefix));
        }

        return string.Join('&', parts);
    }

    private static AdministrationError FromIdentity(IdentityRefusal refusal) => refusal.Code switch
    {
        "DUPLICATE_CLIENT_ID" => AdministrationError.DuplicateClientId(refusal.Message),
        "UNKNOWN_ROLE" or "NO_ROLES" => AdministrationError.UnknownRole(refusal.Message),
        "INVALID_CLIENT_ID" => AdministrationError.Invalid("clientId", refusal.Message),
        "NOT_FOUND" => AdministrationError.ServiceClientNotFound(),
        _ => AdministrationError.Invalid("input", refusal.Message),
    };
}
