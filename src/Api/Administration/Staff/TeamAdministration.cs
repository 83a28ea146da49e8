using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Staff;

namespace Platform.Api.Administration.Staff;

/// <summary>Teams of a tenant: creation with an optional supervisor, and membership (a staff member is in at most one team).</summary>
public sealed class TeamAdministration(TenantDatabase database, TimeProvider clock)
{
    /// <summary>Creates a team; its supervisor, when given, must hold the SUPERVISOR role.</summary>
    public async Task<(Team? Team, AdministrationError? Error)> CreateAsync(Guid tenantId, string? name, Guid? supervisorId, CancellationToken ct)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            return (null, AdministrationError.Invalid("name", "A team's name has 1 to 200 characters."));
        }

        await using var work = await database.BeginAsync(tenantId, ct);
        var db = work.Db;
        if (await db.Teams.AnyAsync(t => t.Name == name, ct))
        {
            return (null, AdministrationError.DuplicateTeamName(name));
        }

        if (supervisorId is { } supervisor && await SupervisorErrorAsync(db, supervisor, ct) is { } error)
        {
            return (null, error);
        }

        var team = new Team { TenantId = tenantId, Id = Guid.CreateVersion7(), Name = name, SupervisorId = supervisorId, CreatedAt = clock.GetUtcNow() };
        db.Teams.Add(team);
        await work.CommitAsync(ct);
        return (team, null);
    }

    /// <summary>Moves a staff member into a team (out of any previous one).</summary>
    public async Task<(Team? Team, AdministrationError? Error)> AddMemberAsync(Guid tenantId, Guid teamId, Guid staffId, CancellationToken ct)
    {
        await using var work = await database.BeginAsync(tenantId, ct);
        var db = work.Db;
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null)
        {
            return (null, AdministrationError.TeamNotFound());
        }

        var member = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == staffId, ct);
        if (member is null)
        {
            return (null, AdministrationError.UserNotFound());
        }

        member.TeamId = team.Id;
        await work.CommitAsync(ct);
        return (team, null);
    }

    private static async Task<AdministrationError?> SupervisorErrorAsync(PlatformDbContext db, Guid supervisorId, CancellationToken ct)
    {
        if (!await db.StaffMembers.AnyAsync(s => s.Id == supervisorId, ct))
        {
            return AdministrationError.UserNotFound() with { Field = "supervisorId" };
        }

        return await db.StaffRoleAssignments.AnyAsync(a => a.StaffMemberId == supervisorId && a.Role == StaffRole.Supervisor, ct)
            ? null
            : AdministrationError.SupervisorRoleRequired();
    }
}
