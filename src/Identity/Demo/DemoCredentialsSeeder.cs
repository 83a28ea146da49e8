using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Identity.Endpoints;
using Platform.Identity.Hosting;
using Platform.Identity.Persistence;
using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;
using Platform.Identity.Users;

namespace Platform.Identity.Demo;

/// <summary>
/// Ensures one user and one service client per role for every tenant, plus a platform admin, and writes their
/// credentials to a JSON file. Passwords and secrets are regenerated on every run because only hashes are stored.
/// </summary>
public sealed class DemoCredentialsSeeder(
    TokenServiceDbContext db,
    TenantDirectory tenants,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider clock,
    IOptions<TokenServiceOptions> options)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Seeds and writes the file when <c>Identity:DemoCredentialsPath</c> is set.</summary>
    public async Task<DemoCredentials?> SeedIfConfiguredAsync(CancellationToken ct)
    {
        var path = options.Value.DemoCredentialsPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var credentials = await SeedAsync(ct);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(credentials, Json), ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return credentials;
    }

    /// <summary>Creates or resets the demo users and clients.</summary>
    public async Task<DemoCredentials> SeedAsync(CancellationToken ct)
    {
        var admin = await EnsureUserAsync("platform.admin", null, [PlatformRoles.PlatformAdmin], ct);
        var result = new List<DemoTenant>();
        foreach (var tenant in await tenants.ListAsync(ct))
        {
            var users = new List<DemoUser>();
            var clients = new List<DemoClient>();
            foreach (var role in PlatformRoles.TenantRoles)
            {
                var roleName = role.ToLowerInvariant().Replace('_', '-');
                users.Add(await EnsureUserAsync($"{tenant.Slug}.{roleName}", tenant.Id, [role], ct));
                if (role != PlatformRoles.Customer)
                {
                    clients.Add(await EnsureClientAsync($"{tenant.Slug}-{roleName}-service", tenant.Id, [role], ct));
                }
            }

            result.Add(new DemoTenant(tenant.Id, tenant.Slug, users, clients));
        }

        await db.SaveChangesAsync(ct);
        return new DemoCredentials(options.Value.Issuer, options.Value.ApiUrl, admin, result);
    }

    private async Task<DemoUser> EnsureUserAsync(string userName, Guid? tenantId, string[] roles, CancellationToken ct)
    {
        var normalized = UserNames.Normalize(userName);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        if (user is null)
        {
            user = new UserAccount { Id = Guid.NewGuid(), UserName = userName, NormalizedUserName = normalized, CreatedAt = clock.GetUtcNow() };
            db.Users.Add(user);
        }

        user.TenantId = tenantId;
        user.Roles = roles;
        var password = NewPassword();
        user.PasswordHash = hasher.HashPassword(user, password);
        return new DemoUser(userName, password, roles);
    }

    private async Task<DemoClient> EnsureClientAsync(string clientId, Guid tenantId, string[] roles, CancellationToken ct)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null)
        {
            client = new ClientApplication { ClientId = clientId, CreatedAt = clock.GetUtcNow() };
            db.Clients.Add(client);
        }

        var secret = OpaqueToken.Create();
        client.SecretHash = OpaqueToken.Hash(secret);
        client.TenantId = tenantId;
        client.Roles = roles;
        client.AllowedScopes = [ScopeSet.Api];
        client.GrantTypes = [ClientCredentialsGrant.GrantType];
        client.RedirectUris = [];
        return new DemoClient(clientId, secret, roles);
    }

    // Readable but strong: 18 random bytes in base64url (144 bits).
    private static string NewPassword() => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18));
}
