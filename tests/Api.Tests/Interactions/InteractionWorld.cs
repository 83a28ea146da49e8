using Npgsql;
using Platform.Domain.Customers;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Policies;
using Platform.Domain.Staff;
using Platform.Domain.Training;

namespace Platform.Api.Tests.Interactions;

/// <summary>
/// One tenant's people for the interaction tests, written through the app role under row-level security: a team with
/// a certified agent, a second certified agent, an uncertified agent and their supervisor; an adult customer with a
/// policy, an elderly customer with a reserved phone, and an agent of another team. Staff <c>user_id</c>s are the
/// token subjects the tests sign in with.
/// </summary>
public sealed class InteractionWorld
{
    public const string AdultIdNumber = "110101199001011234";
    public const string AdultPolicyNumber = "PL2026000123456";
    public const string ElderlyPhone = "13800138000";

    private InteractionWorld(Guid tenantId, string prefix)
    {
        TenantId = tenantId;
        Prefix = prefix;
    }

    public Guid TenantId { get; }
    public string Prefix { get; }
    public Guid TeamId { get; } = Guid.CreateVersion7();
    public Guid AgentId { get; } = Guid.CreateVersion7();
    public Guid SecondAgentId { get; } = Guid.CreateVersion7();
    public Guid UncertifiedAgentId { get; } = Guid.CreateVersion7();
    public Guid SupervisorId { get; } = Guid.CreateVersion7();
    public Guid OtherTeamAgentId { get; } = Guid.CreateVersion7();
    public Guid AdultId { get; } = Guid.CreateVersion7();
    public Guid AdultPolicyId { get; } = Guid.CreateVersion7();
    public Guid ElderlyId { get; } = Guid.CreateVersion7();

    /// <summary>The token subject (staff user_id) of a staff member of this world.</summary>
    public string SubjectOf(Guid staffId) =>
        staffId == AgentId ? Prefix + "-agent"
        : staffId == SecondAgentId ? Prefix + "-agent2"
        : staffId == UncertifiedAgentId ? Prefix + "-rookie"
        : staffId == SupervisorId ? Prefix + "-supervisor"
        : staffId == OtherTeamAgentId ? Prefix + "-other"
        : throw new ArgumentOutOfRangeException(nameof(staffId));

    /// <summary>Inserts the tenant row as the owner and the people through the app role.</summary>
    public static async Task<InteractionWorld> CreateAsync(string ownerConnectionString, string appConnectionString, string prefix)
    {
        var world = new InteractionWorld(Guid.CreateVersion7(), prefix);
        await using (var owner = new NpgsqlConnection(ownerConnectionString))
        {
            await owner.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO tenants (id, code, name) VALUES ($1, $2, $3)", owner);
            insert.Parameters.AddWithValue(world.TenantId);
            insert.Parameters.AddWithValue(prefix);
            insert.Parameters.AddWithValue(prefix + " insurance");
            await insert.ExecuteNonQueryAsync();
        }

        await using var source = NpgsqlDataSource.Create(appConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(world.TenantId);
        await world.PopulateAsync(work.Db);
        await work.CommitAsync();
        return world;
    }

    private async Task PopulateAsync(PlatformDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var otherTeam = Guid.CreateVersion7();

        // Teams and staff reference each other: supervisor first, then the teams, then their agents.
        db.StaffMembers.Add(Staff(SupervisorId, "S1", null, StaffRole.Supervisor));
        await db.SaveChangesAsync();
        db.Teams.AddRange(
            new Team { TenantId = TenantId, Id = TeamId, Name = "Team A", SupervisorId = SupervisorId, CreatedAt = now },
            new Team { TenantId = TenantId, Id = otherTeam, Name = "Team B", CreatedAt = now });
        await db.SaveChangesAsync();
        db.StaffMembers.AddRange(
            Staff(AgentId, "A1", TeamId, StaffRole.Agent),
            Staff(SecondAgentId, "A2", TeamId, StaffRole.Agent),
            Staff(UncertifiedAgentId, "A3", TeamId, StaffRole.Agent),
            Staff(OtherTeamAgentId, "A4", otherTeam, StaffRole.Agent));
        await db.SaveChangesAsync();

        var onboarding = Guid.CreateVersion7();
        db.TrainingCourses.Add(new TrainingCourse { TenantId = TenantId, Id = onboarding, Code = "ONB", Title = "Onboarding", Kind = CourseKind.Onboarding, Hours = 16, CreatedAt = now });
        await db.SaveChangesAsync();
        foreach (var certified in new[] { AgentId, SecondAgentId, OtherTeamAgentId, SupervisorId })
        {
            db.TrainingRecords.Add(Onboarding(certified, onboarding, 100m));
            db.PsychologicalAssessments.Add(new PsychologicalAssessment { TenantId = TenantId, Id = Guid.CreateVersion7(), StaffMemberId = certified, AssessedOn = new DateOnly(2026, 1, 5), Passed = true });
        }

        // 95% is a pass in most courses but not the full pass R-AGT-01 requires; the assessment was passed.
        db.TrainingRecords.Add(Onboarding(UncertifiedAgentId, onboarding, 95m));
        db.PsychologicalAssessments.Add(new PsychologicalAssessment { TenantId = TenantId, Id = Guid.CreateVersion7(), StaffMemberId = UncertifiedAgentId, AssessedOn = new DateOnly(2026, 1, 5), Passed = true });

        db.Customers.AddRange(
            new Customer
            {
                TenantId = TenantId,
                Id = AdultId,
                Name = "王小明",
                Gender = Gender.Male,
                BirthDate = new DateOnly(1990, 1, 1),
                Phone = "13912345678",
                IdDocumentType = IdDocumentType.ResidentIdCard,
                IdNumber = AdultIdNumber,
                CreatedAt = now,
                UpdatedAt = now,
            },
            new Customer
            {
                TenantId = TenantId,
                Id = ElderlyId,
                Name = "李奶奶",
                Gender = Gender.Female,
                BirthDate = new DateOnly(1950, 3, 3),
                Phone = "13700001111",
                ReservedPhone = ElderlyPhone,
                IdDocumentType = IdDocumentType.ResidentIdCard,
                IdNumber = "110101195003034321",
                CreatedAt = now,
                UpdatedAt = now,
            });
        await db.SaveChangesAsync();
        db.Policies.Add(new Policy
        {
            TenantId = TenantId,
            Id = AdultPolicyId,
            PolicyNumber = AdultPolicyNumber,
            ProductLine = ProductLine.Life,
            ProductName = "Term life",
            SumInsured = 500000m,
            Premium = 1200m,
            Currency = "CNY",
            StartDate = new DateOnly(2025, 1, 1),
            EndDate = new DateOnly(2035, 1, 1),
            Status = PolicyStatus.Active,
            PolicyholderId = AdultId,
            InsuredId = AdultId,
            CreatedAt = now,
        });
        await db.SaveChangesAsync();
    }

    private StaffMember Staff(Guid id, string number, Guid? team, StaffRole role) => new()
    {
        TenantId = TenantId,
        Id = id,
        EmployeeNumber = number,
        DisplayName = number,
        TeamId = team,
        UserId = SubjectOf(id),
        Active = true,
        CreatedAt = DateTimeOffset.UtcNow,
        RoleAssignments = [new StaffRoleAssignment { TenantId = TenantId, Id = Guid.CreateVersion7(), StaffMemberId = id, Role = role, GrantedAt = DateTimeOffset.UtcNow }],
    };

    private TrainingRecord Onboarding(Guid staff, Guid course, decimal score) => new()
    {
        TenantId = TenantId,
        Id = Guid.CreateVersion7(),
        StaffMemberId = staff,
        CourseId = course,
        CompletedOn = new DateOnly(2026, 1, 4),
        Hours = 16,
        Score = score,
        Passed = true,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
