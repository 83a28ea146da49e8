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

    /// <summary>The service clients of the caller's tenant.</summary>
    public async Task<(IReadOnlyList<ServiceClientView>? Clients, AdministrationRefusal? Refusal)> ListAsync(AdministrationCaller caller, CancellationToken ct)
    {
        if (!caller.IsTenantAdmin)
        {
            return (null, Forbidden());
        }

        var clients = await db.Clients.AsNoTracking()
            .Where(c => c.TenantId == caller.TenantId && c.SecretHash != null)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.ClientId).Take(1000).ToListAsync(ct);
        return (clients.Select(View).ToList(), null);
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
