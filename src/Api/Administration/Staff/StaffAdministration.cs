using Microsoft.EntityFrameworkCore;
using Platform.Api.Administration.Identity;
using Platform.Api.Callers;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Administration.Staff;

/// <summary>
/// Users of a tenant: the staff record (domain) and the sign-in account (token service) are created and changed
/// together. The account's roles are what tokens carry; the staff role assignments mirror them for the domain.
/// </summary>
public sealed class StaffAdministration(TenantDatabase database, IdentityAdministrationClient identity, TimeProvider clock)
{
    /// <summary>
    /// Creates a user with a one-time initial password. A tenant admin creates in their own tenant
    /// (<paramref name="platformTenant"/> null); a platform admin only bootstraps TENANT_ADMIN users of a named tenant.
    /// </summary>
    public async Task<(CreatedStaffUser? Created, AdministrationError? Error)> CreateAsync(Guid tenantId, Guid? platformTenant, string token, NewStaffUser input, CancellationToken ct)
    {
        if (AssignableRole.Check(input.Roles) is { } roleError)
        {
            return (null, roleError);
        }

        var displayName = input.DisplayName?.Trim() ?? "";
        if (displayName.Length is 0 or > 200)
        {
            return (null, AdministrationError.Invalid("displayName", "A display name has 1 to 200 characters."));
        }

        var employeeNumber = input.EmployeeNumber?.Trim() ?? "";
        if (employeeNumber.Length is 0 or > 40)
        {
            return (null, AdministrationError.Invalid("employeeNumber", "An employee number has 1 to 40 characters."));
        }

        await using var work = await database.BeginAsync(tenantId, ct);
        var db = work.Db;
        if (await db.StaffMembers.AnyAsync(s => s.EmployeeNumber == employeeNumber, ct))
        {
            return (null, AdministrationError.DuplicateEmployeeNumber(employeeNumber));
        }

        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, ct))
        {
            return (null, AdministrationError.TeamNotFound());
        }

        var roles = input.Roles.Distinct().ToList();
        var staffId = Guid.CreateVersion7();
        var outcome = await identity.CreateAccountAsync(token, input.UserName ?? "", displayName, roles.Select(AssignableRole.ToClaim).ToList(), platformTenant, staffId, ct);
        if (outcome.Value is not { } created)
        {
            return (null, FromIdentity(outcome.Refusal!));
        }

        var now = clock.GetUtcNow();
        var member = new StaffMember
        {
            TenantId = tenantId,
            Id = staffId,
            EmployeeNumber = employeeNumber,
            DisplayName = displayName,
            TeamId = input.TeamId,
            UserId = created.User.Id.ToString(),
            Active = true,
            CreatedAt = now,
        };
        db.StaffMembers.Add(member);
        db.StaffRoleAssignments.AddRange(roles.Select(r => Assignment(tenantId, staffId, r, now)));
        try
        {
            await work.CommitAsync(ct);
        }
        catch when (platformTenant is null)
        {
            // Undo the account so a retry can use the same user name; the staff record was never written.
            await identity.DeleteAccountAsync(token, created.User.Id, CancellationToken.None);
            throw;
        }

        return (new CreatedStaffUser(new StaffUser(member, roles, created.User.UserName), created.InitialPassword), null);
    }

    /// <summary>Adds or removes roles of a user of the caller's tenant; the tenant keeps at least one TENANT_ADMIN.</summary>
    public async Task<(StaffUser? User, AdministrationError? Error)> ChangeRolesAsync(Guid tenantId, string token, Guid staffId, IReadOnlyList<Role> roles, bool add, CancellationToken ct)
    {
        if (AssignableRole.Check(roles) is { } roleError)
        {
            return (null, roleError);
        }

        await using var work = await database.BeginAsync(tenantId, ct);
        var db = work.Db;
        var member = await db.StaffMembers.Include(s => s.RoleAssignments).FirstOrDefaultAsync(s => s.Id == staffId, ct);
        if (member is null || !Guid.TryParse(member.UserId, out var accountId))
        {
            return (null, AdministrationError.UserNotFound());
        }

        var outcome = await identity.ChangeRolesAsync(token, accountId, roles.Select(AssignableRole.ToClaim).ToList(), add, ct);
        if (outcome.Value is not { } account)
        {
            return (null, FromIdentity(outcome.Refusal!));
        }

        // Mirror exactly what the account now holds.
        var held = account.Roles.Select(claim => RoleNames.TryParse(claim, out var role) ? AssignableRole.ToStaffRole(role) : null)
            .OfType<Platform.Domain.Staff.StaffRole>().ToHashSet();
        db.StaffRoleAssignments.RemoveRange(member.RoleAssignments.Where(a => !held.Contains(a.Role)));
        var now = clock.GetUtcNow();
        db.StaffRoleAssignments.AddRange(held.Where(r => member.RoleAssignments.All(a => a.Role != r))
            .Select(r => Assignment(tenantId, member.Id, AssignableRole.ToRole(r), now)));
        await work.CommitAsync(ct);
        return (new StaffUser(member, held.Select(AssignableRole.ToRole).Order().ToList(), account.UserName), null);
    }

    /// <summary>Reads users by staff id inside the caller's unit of work, with roles and (from the token service) user names.</summary>
    public async Task<IReadOnlyList<StaffUser>> UsersAsync(PlatformDbContext db, string token, IReadOnlyList<Guid> staffIds, CancellationToken ct)
    {
        var members = await db.StaffMembers.AsNoTracking().Include(s => s.RoleAssignments).Where(s => staffIds.Contains(s.Id)).ToListAsync(ct);
        return await WithAccountsAsync(token, members, ct);
    }

    /// <summary>Attaches roles and user names to staff records (one call to the token service per batch).</summary>
    public async Task<IReadOnlyList<StaffUser>> WithAccountsAsync(string token, IReadOnlyList<StaffMember> members, CancellationToken ct)
    {
        var accountIds = members.Select(m => Guid.TryParse(m.UserId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var accounts = (await identity.AccountsAsync(token, accountIds, ct)).Value ?? [];
        var names = accounts.ToDictionary(a => a.Id.ToString(), a => a.UserName);
        return members.Select(m => new StaffUser(
            m,
            m.RoleAssignments.Select(a => AssignableRole.ToRole(a.Role)).Order().ToList(),
            m.UserId is { } userId && names.TryGetValue(userId, out var name) ? name : null)).ToList();
    }

    private static StaffRoleAssignment Assignment(Guid tenantId, Guid staffId, Role role, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Id = Guid.CreateVersion7(),
        StaffMemberId = staffId,
        Role = AssignableRole.ToStaffRole(role)!.Value,
        GrantedAt = now,
    };

    private static AdministrationError FromIdentity(IdentityRefusal refusal) => refusal.Code switch
    {
        "DUPLICATE_USER_NAME" => AdministrationError.DuplicateUserName(refusal.Message),
        "UNKNOWN_ROLE" or "NO_ROLES" => AdministrationError.UnknownRole(refusal.Message),
        "LAST_TENANT_ADMIN" => AdministrationError.LastTenantAdmin(refusal.Message),
        "INVALID_USER_NAME" => AdministrationError.Invalid("userName", refusal.Message),
        "NOT_FOUND" => AdministrationError.UserNotFound(),
        _ => AdministrationError.Invalid("input", refusal.Message),
    };
}
