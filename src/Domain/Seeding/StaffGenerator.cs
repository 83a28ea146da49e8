using System.Globalization;
using Platform.Domain.Staff;

namespace Platform.Domain.Seeding;

/// <summary>One team.</summary>
public sealed record TeamRow(Guid TenantId, Guid Id, string Name, Guid SupervisorId, DateTime CreatedAt);

/// <summary>One staff member; <paramref name="UserId"/> is the token subject that acts as them, if any.</summary>
public sealed record StaffRow(
    Guid TenantId, Guid Id, string EmployeeNumber, string DisplayName, string Email, string Phone, Guid? TeamId, DateOnly HiredOn,
    bool Active, DateTime CreatedAt, string? UserId = null);

/// <summary>One role held by a staff member.</summary>
public sealed record RoleAssignmentRow(Guid TenantId, Guid Id, Guid StaffMemberId, StaffRole Role, DateTime GrantedAt);

/// <summary>Generates teams, staff with Chinese names and their role assignments (every role is present).</summary>
public sealed class StaffGenerator(TenantWorld world)
{
    /// <summary>Hiring date of a staff member: 2018 to mid-2024, so all have a full 2025-2026 history.</summary>
    public static DateOnly HiredOn(TenantWorld world, int staff)
    {
        var random = world.Random(SeedTable.Staff, staff + 0x1000_0000L);
        return new DateOnly(2018, 1, 2).AddDays(random.Next(2350));
    }

    /// <summary>Employee number of a staff member, e.g. AK-E000123.</summary>
    public static string EmployeeNumber(TenantWorld world, int staff) =>
        string.Create(CultureInfo.InvariantCulture, $"{world.Tenant.NumberPrefix}-E{staff + 1:D6}");

    /// <summary>Teams, each led by its supervisor.</summary>
    public IEnumerable<TeamRow> Teams()
    {
        for (var t = 0; t < world.Roster.Teams; t++)
        {
            var supervisor = world.Roster.IndexOf(StaffRole.Supervisor, t);
            yield return new TeamRow(world.Tenant.Id, world.Id(SeedTable.Team, t), $"坐席{t + 1}组",
                world.Id(SeedTable.Staff, supervisor), SeedClock.Utc(new DateOnly(2018, 1, 2), 9 * 3600));
        }
    }

    /// <summary>Staff members in roster order.</summary>
    public IEnumerable<StaffRow> Staff()
    {
        for (var s = 0; s < world.Roster.Total; s++)
        {
            var random = world.Random(SeedTable.Staff, s);
            var male = random.Chance(0.4);
            var name = ChineseNames.Next(ref random, male);
            var hired = HiredOn(world, s);
            var team = world.Roster.TeamOf(s);
            yield return new StaffRow(
                world.Tenant.Id, world.Id(SeedTable.Staff, s), EmployeeNumber(world, s), name.FullName,
                string.Create(CultureInfo.InvariantCulture, $"{name.GivenPinyin}.{name.SurnamePinyin}.{s + 1}@{world.Tenant.EmailDomain}"),
                MobileNumbers.Next(ref random), team is { } t ? world.Id(SeedTable.Team, t) : null, hired, true,
                SeedClock.Utc(hired, 9 * 3600), DemoServiceLogin(s));
        }
    }

    /// <summary>
    /// The demo service client (<c>&lt;slug&gt;-&lt;role&gt;-service</c>, created by the token service's demo credentials) that acts
    /// as the first holder of each role, so that a client_credentials token of the demo can do that role's work (file a
    /// complaint, start a call) as a real staff member; everyone else has no login.
    /// </summary>
    public string? DemoServiceLogin(int staff)
    {
        var role = world.Roster.PrimaryRole(staff);
        if (world.Roster.IndexOf(role, 0) != staff)
        {
            return null;
        }

        var kebab = string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return $"{world.Tenant.Slug}-{kebab}-service";
    }

    /// <summary>Role assignments (some people hold two roles).</summary>
    public IEnumerable<RoleAssignmentRow> Roles()
    {
        for (var s = 0; s < world.Roster.Total; s++)
        {
            var roles = world.Roster.Roles(s);
            for (var r = 0; r < roles.Count; r++)
            {
                yield return new RoleAssignmentRow(world.Tenant.Id, world.Id(SeedTable.RoleAssignment, (s * 8L) + r),
                    world.Id(SeedTable.Staff, s), roles[r], SeedClock.Utc(HiredOn(world, s), 10 * 3600));
            }
        }
    }
}
