using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Identity.Auditing;
using Platform.Identity.Persistence;
using Platform.Identity.Tenancy;
using Platform.Identity.Users;

namespace Platform.Identity.Administration;

/// <summary>
/// Sign-in accounts managed by administrators: a tenant admin manages the accounts of their own tenant only; a platform
/// admin may only create a tenant's first TENANT_ADMIN account (bootstrap) and reads nothing else.
/// </summary>
public sealed partial class UserAdministration(
    TokenServiceDbContext db,
    TenantDirectory tenants,
    IPasswordHasher<UserAccount> hasher,
    AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>Audit event raised for every administrative change of an account.</summary>
    public const string AuditEvent = "UserAdministered";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$")]
    private static partial Regex UserNamePattern();

    /// <summary>Creates an account with a one-time initial password.</summary>
    public async Task<(CreatedUserAccount? Created, AdministrationRefusal? Refusal)> CreateAsync(AdministrationCaller caller, CreateUserAccountRequest request, CancellationToken ct)
    {
        Guid tenantId;
        if (caller.IsTenantAdmin)
        {
            if (request.TenantId is { } named && named != caller.TenantId)
            {
                return (null, AdministrationRefusal.Forbidden("A tenant admin can only create accounts in their own tenant."));
            }

            tenantId = caller.TenantId!.Value;
        }
        else if (caller.IsPlatformAdmin)
        {
            if (request.TenantId is not { } named || await tenants.FindAsync(named, ct) is null)
            {
                return (null, AdministrationRefusal.NotFound("The tenant does not exist."));
            }

            if (request.Roles is not [PlatformRoles.TenantAdmin])
            {
                return (null, AdministrationRefusal.Forbidden("A platform admin may only create a tenant's TENANT_ADMIN accounts."));
            }

            tenantId = named;
        }
        else
        {
            return (null, AdministrationRefusal.Forbidden("Only a tenant admin manages accounts."));
        }

        if (AssignableRoles.Check(request.Roles) is { } roleRefusal)
        {
            return (null, roleRefusal);
        }

        var userName = request.UserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName))
        {
            return (null, AdministrationRefusal.Invalid("INVALID_USER_NAME", "A user name has 3 to 64 characters: letters, digits and . _ @ - (starting with a letter or digit)."));
        }

        var normalized = UserNames.Normalize(userName);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
        {
            return (null, DuplicateUserName());
        }

        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            NormalizedUserName = normalized,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim(),
            TenantId = tenantId,
            Roles = request.Roles.Distinct(StringComparer.Ordinal).ToArray(),
            StaffMemberId = request.StaffMemberId,
            CreatedAt = clock.GetUtcNow(),
        };
        var password = NewPassword();
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request took the name between the check and the insert.
            return (null, DuplicateUserName());
        }

        audit.Raise(AuditEvent, tenantId, null, caller.Subject, $"created {user.Id} roles {string.Join(' ', user.Roles)}");
        return (new CreatedUserAccount(View(user), password), null);
    }

    /// <summary>The accounts of the caller's tenant, optionally only the given ids.</summary>
    public async Task<(IReadOnlyList<UserAccountView>? Users, AdministrationRefusal? Refusal)> ListAsync(AdministrationCaller caller, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (!caller.IsTenantAdmin)
        {
            return (null, AdministrationRefusal.Forbidden("Only a tenant admin reads the tenant's accounts."));
        }

        var query = db.Users.AsNoTracking().Where(u => u.TenantId == caller.TenantId);
        if (ids.Count > 0)
        {
            query = query.Where(u => ids.Contains(u.Id));
        }

        var users = await query.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).Take(1000).ToListAsync(ct);
        return (users.Select(View).ToList(), null);
    }

    /// <summary>
    /// Adds or removes roles. The tenant always keeps at least one TENANT_ADMIN; removed roles also revoke the
    /// account's refresh-token grants so the old roles cannot outlive the current access token.
    /// </summary>
    public async Task<(UserAccountView? User, AdministrationRefusal? Refusal)> ChangeRolesAsync(AdministrationCaller caller, Guid userId, IReadOnlyList<string> roles, bool add, CancellationToken ct)
    {
        if (!caller.IsTenantAdmin)
        {
            return (null, AdministrationRefusal.Forbidden("Only a tenant admin changes roles."));
        }

        if (AssignableRoles.Check(roles) is { } roleRefusal)
        {
            return (null, roleRefusal);
        }

        var tenantId = caller.TenantId!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockTenantAsync(tenantId, ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId, ct);
        if (user is null)
        {
            return (null, UnknownUser());
        }

        var next = add
            ? user.Roles.Union(roles, StringComparer.Ordinal).ToArray()
            : user.Roles.Except(roles, StringComparer.Ordinal).ToArray();
        if (user.Roles.Contains(PlatformRoles.TenantAdmin) && !next.Contains(PlatformRoles.TenantAdmin) && !await HasOtherAdminAsync(tenantId, user.Id, ct))
        {
            return (null, LastTenantAdmin());
        }

        if (next.Length == 0)
        {
            return (null, AdministrationRefusal.Invalid("NO_ROLES", "An account keeps at least one role; disable it instead of removing every role."));
        }

        var removed = user.Roles.Except(next, StringComparer.Ordinal).Any();
        user.Roles = next;
        await db.SaveChangesAsync(ct);
        if (removed)
        {
            await RevokeGrantsAsync(user.Id, "roles revoked", ct);
        }

        await transaction.CommitAsync(ct);
        audit.Raise(AuditEvent, tenantId, null, caller.Subject, $"roles of {user.Id}: {string.Join(' ', next)}");
        return (View(user), null);
    }

    /// <summary>Deletes an account of the caller's tenant (used to undo a creation whose staff record failed).</summary>
    public async Task<AdministrationRefusal?> DeleteAsync(AdministrationCaller caller, Guid userId, CancellationToken ct)
    {
        if (!caller.IsTenantAdmin)
        {
            return AdministrationRefusal.Forbidden("Only a tenant admin deletes accounts.");
        }

        var tenantId = caller.TenantId!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockTenantAsync(tenantId, ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId, ct);
        if (user is null)
        {
            return UnknownUser();
        }

        if (user.Roles.Contains(PlatformRoles.TenantAdmin) && !await HasOtherAdminAsync(tenantId, user.Id, ct))
        {
            return LastTenantAdmin();
        }

        await RevokeGrantsAsync(user.Id, "account deleted", ct);
        db.Users.Remove(user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        audit.Raise(AuditEvent, tenantId, null, caller.Subject, $"deleted {user.Id}");
        return null;
    }

    // Serialises role changes per tenant so two admins cannot each remove the other's TENANT_ADMIN role at once.
    private Task LockTenantAsync(Guid tenantId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"identity-admin:" + tenantId}, 0))", ct);

    private Task<bool> HasOtherAdminAsync(Guid tenantId, Guid userId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.TenantId == tenantId && u.Id != userId && u.Roles.Contains(PlatformRoles.TenantAdmin), ct);

    private Task<int> RevokeGrantsAsync(Guid userId, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Grants.Where(g => g.UserId == userId && g.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RevokedAt, now).SetProperty(g => g.RevocationReason, reason), ct);
    }

    private static UserAccountView View(UserAccount u) => new(u.Id, u.UserName, u.DisplayName, u.TenantId, u.Roles, u.StaffMemberId, u.CreatedAt);

    private static AdministrationRefusal DuplicateUserName() => AdministrationRefusal.Conflict("DUPLICATE_USER_NAME", "This user name is already taken.");

    private static AdministrationRefusal UnknownUser() => AdministrationRefusal.NotFound("No such user in your tenant.");

    private static AdministrationRefusal LastTenantAdmin() =>
        AdministrationRefusal.Conflict("LAST_TENANT_ADMIN", "The tenant's last TENANT_ADMIN cannot lose that role; make someone else tenant admin first.");

    // 18 random bytes in base64url (144 bits): strong enough to hand over once.
    private static string NewPassword() => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18));
}
