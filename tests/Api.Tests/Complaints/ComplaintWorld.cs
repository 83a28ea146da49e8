using Npgsql;
using Platform.Domain.Customers;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Policies;
using Platform.Domain.Staff;

namespace Platform.Api.Tests.Complaints;

/// <summary>
/// One tenant's people for the complaint tests, written through the app role: two complaint handlers, a supervisor,
/// an agent (no complaint role) with one call of the customer, a customer with a self-service login and a policy, and
/// a second customer. Token subjects are the user ids.
/// </summary>
public sealed class ComplaintWorld
{
    private ComplaintWorld(Guid tenantId, string prefix)
    {
        TenantId = tenantId;
        Prefix = prefix;
    }

    public Guid TenantId { get; }
    public string Prefix { get; }
    public Guid HandlerId { get; } = Guid.CreateVersion7();
    public Guid SecondHandlerId { get; } = Guid.CreateVersion7();
    public Guid SupervisorId { get; } = Guid.CreateVersion7();
    public Guid AgentId { get; } = Guid.CreateVersion7();
    public Guid CustomerId { get; } = Guid.CreateVersion7();
    public Guid OtherCustomerId { get; } = Guid.CreateVersion7();
    public Guid PolicyId { get; } = Guid.CreateVersion7();
    public Guid InteractionId { get; } = Guid.CreateVersion7();

    public string CustomerSubject => Prefix + "-customer";
    public string OtherCustomerSubject => Prefix + "-customer2";

    /// <summary>The token subject of a staff member of this world.</summary>
    public string SubjectOf(Guid staffId) =>
        staffId == HandlerId ? Prefix + "-handler"
        : staffId == SecondHandlerId ? Prefix + "-handler2"
        : staffId == SupervisorId ? Prefix + "-supervisor"
        : staffId == AgentId ? Prefix + "-agent"
        : throw new ArgumentOutOfRangeException(nameof(staffId));

    /// <summary>Inserts the tenant as the owner, then people and calendar entries through the app role.</summary>
    public static async Task<ComplaintWorld> CreateAsync(
        string ownerConnectionString, string appConnectionString, string prefix, IEnumerable<(DateOnly Day, CalendarDayKind Kind)>? calendar = null)
    {
        var world = new ComplaintWorld(Guid.CreateVersion7(), prefix);
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
        world.Populate(work.Db, calendar ?? []);
        await work.Db.SaveChangesAsync();
        // The call references its agent by key only, so EF cannot order it after the staff rows: saved second.
        work.Db.Interactions.Add(world.Call());
        await work.Db.SaveChangesAsync();
        await work.CommitAsync();
        return world;
    }

    private void Populate(PlatformDbContext db, IEnumerable<(DateOnly Day, CalendarDayKind Kind)> calendar)
    {
        var now = DateTimeOffset.UtcNow;
        db.StaffMembers.AddRange(
            Staff(HandlerId, "H1", StaffRole.ComplaintHandler),
            Staff(SecondHandlerId, "H2", StaffRole.ComplaintHandler),
            Staff(SupervisorId, "S1", StaffRole.Supervisor),
            Staff(AgentId, "A1", StaffRole.Agent));
        db.Customers.AddRange(Customer(CustomerId, "王小明", "110101199001011234", CustomerSubject), Customer(OtherCustomerId, "张三", "110101198502021111", OtherCustomerSubject));
        db.Policies.Add(new Policy
        {
            TenantId = TenantId,
            Id = PolicyId,
            PolicyNumber = "PL" + Prefix[..Math.Min(8, Prefix.Length)],
            ProductLine = ProductLine.Life,
            ProductName = "Term life",
            SumInsured = 500000m,
            Premium = 1200m,
            Currency = "CNY",
            StartDate = new DateOnly(2025, 1, 1),
            EndDate = new DateOnly(2035, 1, 1),
            Status = PolicyStatus.Active,
            PolicyholderId = CustomerId,
            InsuredId = CustomerId,
            CreatedAt = now,
        });
        foreach (var (day, kind) in calendar)
        {
            db.CalendarDays.Add(new TenantCalendarDay { TenantId = TenantId, Day = day, Kind = kind, Name = kind.ToString() });
        }
    }

    private Interaction Call() => new()
    {
        TenantId = TenantId,
        Id = InteractionId,
        Channel = InteractionChannel.InboundCall,
        AgentId = AgentId,
        CustomerId = CustomerId,
        PolicyId = PolicyId,
        StartedAt = DateTimeOffset.UtcNow.AddHours(-1),
        EndedAt = DateTimeOffset.UtcNow.AddMinutes(-50),
        Summary = "Customer asked why the claim is late",
        CreatedAt = DateTimeOffset.UtcNow.AddHours(-1),
    };

    private Customer Customer(Guid id, string name, string idNumber, string userId) => new()
    {
        TenantId = TenantId,
        Id = id,
        Name = name,
        Gender = Gender.Male,
        BirthDate = new DateOnly(1990, 1, 1),
        Phone = "13912345678",
        IdDocumentType = IdDocumentType.ResidentIdCard,
        IdNumber = idNumber,
        UserId = userId,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private StaffMember Staff(Guid id, string number, StaffRole role) => new()
    {
        TenantId = TenantId,
        Id = id,
        EmployeeNumber = number,
        DisplayName = number,
        UserId = SubjectOf(id),
        Active = true,
        CreatedAt = DateTimeOffset.UtcNow,
        RoleAssignments = [new StaffRoleAssignment { TenantId = TenantId, Id = Guid.CreateVersion7(), StaffMemberId = id, Role = role, GrantedAt = DateTimeOffset.UtcNow }],
    };
}
