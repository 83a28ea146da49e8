using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Identity.Auditing;
using Platform.Identity.Endpoints;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;

namespace Platform.Identity.Administration;

/// <summary>
/// Service clients (client_credentials, fixed tenant and roles) managed by a tenant admin of their own tenant. Secrets
/// are returned once and stored as hashes; a disabled client loses the client_credentials grant, so the token endpoint
/// refuses it from the next request on.
/// </summary>
public sealed partial class ClientAdministration(TokenServiceDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Audit event raised for every administrative change of a client.</summary>
    public const string AuditEvent = "ClientAdministered";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex ClientIdPattern();

    /// <summary>Creates an enabled service client of the caller's tenant and returns its secret once.</summary>
    public async Task<(ServiceClientWithSecret? Created, AdministrationRefusal? Refusal)> CreateAsync(AdministrationCaller caller, CreateServiceClientRequest request, CancellationToken ct)
    {
        if (!caller.IsTenantAdmin)
        {
            return (null, Forbidden());
        }

        if (AssignableRoles.Check(request.Roles) is { } roleRefusal)
        {
            return (null, roleRefusal);
        }

        var clientId = request.ClientId?.Trim() ?? "";
        if (!ClientIdPattern().IsMatch(clientId))
        {
            return (null, AdministrationRefusal.Invalid("INVALID_CLIENT_ID", "A client id has 3 to 64 characters: lower-case letters, digits and . _ - (starting with a letter or digit)."));
        }

        if (await db.Clients.AnyAsync(c => c.ClientId == clientId, ct))
        {
            return (null, DuplicateClientId());
        }

        var secret = OpaqueToken.Create();
        var client = new ClientApplication
        {
            ClientId = clientId,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim(),
            SecretHash = OpaqueToken.Hash(secret),
            TenantId = caller.TenantId,
            Roles = request.Roles.Distinct(StringComparer.Ordinal).ToArray(),
            AllowedScopes = [ScopeSet.Api],
            GrantTypes = [ClientCredentialsGrant.GrantType],
            RedirectUris = [],
            CreatedAt = clock.GetUtcNow(),
        };
        db.Clients.Add(client);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (null, DuplicateClientId());
        }

        audit.Raise(AuditEvent, caller.TenantId, clientId, caller.Subject, "created");
        return (new ServiceClientWithSecret(View(client), secret), null);
    }

    /// <summary>Most rows one list request returns.</summary>
    public const int MaxListLimit = 1000;

    /// <summary>One keyset page of the service clients of the caller's tenant (read through its tenant index, never the whole table).</summary>
    public async Task<(IReadOnlyList<ServiceClientView>? Clients, AdministrationRefusal? Refusal)> ListAsync(
        AdministrationCaller caller, ServiceClientListQuery query, CancellationToken ct)
    {
        if (!caller.IsTenantAdmin)
        {
            return (null, Forbidden());
        }

        var clients = Filtered(caller, query.Enabled, query.Role, query.ClientIdPrefix);
        if (query.From is { } from)
        {
            clients = Beyond(clients, query, from, later: true);
        }

        if (query.To is { } to)
        {
            clients = Beyond(clients, query, to, later: false);
        }

        var ordered = (query.ByClientId, query.Descending) switch
        {
            (true, false) => clients.OrderBy(c => c.ClientId),
            (true, true) => clients.OrderByDescending(c => c.ClientId),
            (false, false) => clients.OrderBy(c => c.CreatedAt).ThenBy(c => c.ClientId),
            (false, true) => clients.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.ClientId),
        };
        var rows = await ordered.Take(Math.Clamp(query.Limit, 1, MaxListLimit)).ToListAsync(ct);
        return (rows.Select(View).ToList(), null);
    }

    /// <summary>How many service clients of the caller's tenant match the filter.</summary>
    public async Task<(ServiceClientCount? Count, AdministrationRefusal? Refusal)> CountAsync(
        AdministrationCaller caller, bool? enabled, string? role, string? clientIdPrefix, CancellationToken ct) =>
        caller.IsTenantAdmin
            ? (new ServiceClientCount(await Filtered(caller, enabled, role, clientIdPrefix).CountAsync(ct)), null)
            : (null, Forbidden());

    private IQueryable<ClientApplication> Filtered(AdministrationCaller caller, bool? enabled, string? role, string? clientIdPrefix)
    {
        var clients = db.Clients.AsNoTracking().Where(c => c.TenantId == caller.TenantId && c.SecretHash != null);
        if (enabled is { } on)
        {
            clients = on
                ? clients.Where(c => c.GrantTypes.Contains(ClientCredentialsGrant.GrantType))
                : clients.Where(c => !c.GrantTypes.Contains(ClientCredentialsGrant.GrantType));
        }

        if (!string.IsNullOrEmpty(role))
        {
            clients = clients.Where(c => c.Roles.Contains(role));
        }

        return string.IsNullOrEmpty(clientIdPrefix) ? clients : clients.Where(c => c.ClientId.StartsWith(clientIdPrefix));
    }

    // Rows strictly after (later) or before the position in the reading direction, as a row comparison the index serves.
    private static IQueryable<ClientApplication> Beyond(IQueryable<ClientApplication> clients, ServiceClientListQuery query, ServiceClientPosition at, bool later)
    {
        var greater = later != query.Descending;
        var (created, id) = (at.CreatedAt, at.ClientId);
        return (query.ByClientId, greater) switch
        {
            (true, true) => clients.Where(c => string.Compare(c.ClientId, id) > 0),
            (true, false) => clients.Where(c => string.Compare(c.ClientId, id) < 0),
            (false, true) => clients.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.CreatedAt, c.ClientId), ValueTuple.Create(created, id))),
            (false, false) => clients.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.CreatedAt, c.ClientId), ValueTuple.Create(created, id))),
        };
    }

    /// <summary>Replaces the secret; the old one stops working at once. A disabled client stays disabled.</summary>
    public async Task<(ServiceClientWithSecret? Rotated, AdministrationRefusal? Refusal)> RotateSecretAsync(AdministrationCaller caller, string clientId, CancellationToken ct)
    {
        var (client, refusal) = await FindOwnAsync(caller, clientId, ct);
        if (client is null)
        {
            return (null, refusal);
        }

        var secret = OpaqueToken.Create();
        client.SecretHash = OpaqueToken.Hash(secret);
        await db.SaveChangesAsync(ct);
        audit.Raise(AuditEvent, caller.TenantId, clientId, caller.Subject, "secret rotated");
        return (new ServiceClientWithSecret(View(client), secret), null);
    }

    /// <summary>Disables the client: it can no longer obtain tokens (already issued tokens run out with their lifetime).</summary>
    public async Task<(ServiceClientView? Client, AdministrationRefusal? Refusal)> DisableAsync(AdministrationCaller caller, string clientId, CancellationToken ct)
    {
        var (client, refusal) = await FindOwnAsync(caller, clientId, ct);
        if (client is null)
        {
            return (null, refusal);
        }

        client.GrantTypes = [];
        await db.SaveChangesAsync(ct);
        audit.Raise(AuditEvent, caller.TenantId, clientId, caller.Subject, "disabled");
        return (View(client), null);
    }

    private async Task<(ClientApplication? Client, AdministrationRefusal? Refusal)> FindOwnAsync(AdministrationCaller caller, string clientId, CancellationToken ct)
    {
        if (!caller.IsTenantAdmin)
        {
            return (null, Forbidden());
        }

        // Another tenant's client is reported exactly like a missing one, so ids of other tenants are not revealed.
        var client = await db.Clients.FirstOrDefaultAsync(c => c.ClientId == clientId && c.TenantId == caller.TenantId && c.SecretHash != null, ct);
        return client is null ? (null, AdministrationRefusal.NotFound("No such service client in your tenant.")) : (client, null);
    }

    private static ServiceClientView View(ClientApplication c) =>
        new(c.ClientId, c.DisplayName, c.TenantId, c.Roles, c.GrantTypes.Contains(ClientCredentialsGrant.GrantType), c.CreatedAt);

    private static AdministrationRefusal Forbidden() => AdministrationRefusal.Forbidden("Only a tenant admin manages service clients.");

    private static AdministrationRefusal DuplicateClientId() => AdministrationRefusal.Conflict("DUPLICATE_CLIENT_ID", "This client id is already taken.");
}
