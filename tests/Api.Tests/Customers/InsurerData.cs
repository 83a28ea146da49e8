using System.Text.Json;
using Npgsql;
using Platform.Api.Relay;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Complaints;
using Platform.Domain.Customers;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Policies;

namespace Platform.Api.Tests.Customers;

/// <summary>
/// One seeded insurer for API tests: staff of every role (token subjects = their user ids), customers, policies
/// (holder i, insured i+1) and interactions, written as the owner inside the tenant's RLS setting.
/// </summary>
public sealed class InsurerData
{
    public required ApiStack Stack { get; init; }
    public required Guid Tenant { get; init; }
    public required string Code { get; init; }
    public required Guid SupervisorId { get; init; }
    public required Guid Agent1Id { get; init; }
    public required Guid Agent2Id { get; init; }
    public required Guid HandlerId { get; init; }
    public required List<Customer> Customers { get; init; }
    public required List<Policy> Policies { get; init; }
    public required List<Interaction> Interactions { get; init; }

    /// <summary>The customer with a self-service login (<see cref="Subject"/>("customer")).</summary>
    public Customer SelfServiceCustomer => Customers[0];

    /// <summary>The customer whose complaint the handler handles.</summary>
    public Customer ComplaintCustomer => Customers[0];

    /// <summary>The user id (token subject) of a seeded person: agent1, agent2, supervisor, handler, inspector, compliance, trainer, admin, customer.</summary>
    public string Subject(string who) => who + "@" + Code;

    /// <summary>A real token (signed with the token service's current key) for a seeded person with the given roles.</summary>
    public Task<string> TokenAsync(string who, params string[] roles) => Tokens.ForAsync(Stack, Tenant, Subject(who), roles);

    /// <summary>Runs a query and returns the whole response body.</summary>
    public Task<JsonElement> QueryAsync(string token, string query) => Tokens.QueryAsync(Stack, token, query);

    /// <summary>Seeds a tenant: 7 staff, <paramref name="customers"/> customers, one policy per customer, <paramref name="interactionsPerPolicy"/> interactions each.</summary>
    public static async Task<InsurerData> SeedAsync(ApiStack stack, string code, int customers = 6, int interactionsPerPolicy = 4)
    {
        code = code + "-" + Guid.NewGuid().ToString("N")[..6];
        var tenant = await stack.AddTenantAsync(code);
        await using var source = NpgsqlDataSource.Create(stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(tenant);
        var db = work.Db;
        var now = DateTimeOffset.UtcNow;
        StaffMember Staff(string who, Guid? team, params Domain.Staff.StaffRole[] roles)
        {
            var id = Guid.CreateVersion7();
            var staff = new StaffMember
            {
                TenantId = tenant,
                Id = id,
                EmployeeNumber = who + "-" + code,
                DisplayName = who,
                TeamId = team,
                UserId = who + "@" + code,
                Active = true,
                CreatedAt = now,
            };
            db.StaffMembers.Add(staff);
            foreach (var role in roles)
            {
                db.StaffRoleAssignments.Add(new StaffRoleAssignment { TenantId = tenant, Id = Guid.CreateVersion7(), StaffMemberId = id, Role = role, GrantedAt = now });
            }

            return staff;
        }

        var supervisor = Staff("supervisor", null, Domain.Staff.StaffRole.Supervisor);
        var team = new Team { TenantId = tenant, Id = Guid.CreateVersion7(), Name = "Team " + code, SupervisorId = supervisor.Id, CreatedAt = now };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var agent1 = Staff("agent1", team.Id, Domain.Staff.StaffRole.Agent);
        var agent2 = Staff("agent2", null, Domain.Staff.StaffRole.Agent);
        var handler = Staff("handler", null, Domain.Staff.StaffRole.ComplaintHandler);
        Staff("inspector", null, Domain.Staff.StaffRole.QualityInspector);
        Staff("compliance", null, Domain.Staff.StaffRole.ComplianceOfficer);
        Staff("trainer", null, Domain.Staff.StaffRole.Trainer);
        Staff("admin", null, Domain.Staff.StaffRole.TenantAdmin);

        var people = new List<Customer>();
        for (var i = 0; i < customers; i++)
        {
            var customer = new Customer
            {
                TenantId = tenant,
                Id = Guid.CreateVersion7(),
                Name = $"{code} Customer {i:D3}",
                Gender = Gender.Female,
                BirthDate = new DateOnly(1980, 1, 1).AddDays(i),
                Phone = $"1380000{i:D4}",
                Email = $"c{i}@{code}.example",
                Address = $"{i} Road, Shanghai",
                IdDocumentType = IdDocumentType.ResidentIdCard,
                IdNumber = $"11010119800101{i:D4}",
                HealthInformation = "none",
                BankAccount = $"622200000000{i:D4}",
                RiskLevel = (RiskLevel)(i % 3),
                UserId = i == 0 ? "customer@" + code : null,
                CreatedAt = now.AddMinutes(i),
                UpdatedAt = now,
            };
            people.Add(customer);
            db.Customers.Add(customer);
        }

        await db.SaveChangesAsync();
        var policies = new List<Policy>();
        for (var i = 0; i < customers; i++)
        {
            var policy = new Policy
            {
                TenantId = tenant,
                Id = Guid.CreateVersion7(),
                PolicyNumber = $"P-{code}-{i:D4}",
                ProductLine = (ProductLine)(i % 6),
                ProductName = "Product " + i,
                SumInsured = 100000m + i,
                Premium = 1000.5m,
                Currency = "CNY",
                StartDate = DateOnly.FromDateTime(now.UtcDateTime).AddYears(-1),
                EndDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(i % 2 == 0 ? 10 : 200),
                Status = PolicyStatus.Active,
                PolicyholderId = people[i].Id,
                InsuredId = people[(i + 1) % customers].Id,
                CreatedAt = now,
            };
            policies.Add(policy);
            db.Policies.Add(policy);
        }

        await db.SaveChangesAsync();
        var interactions = new List<Interaction>();
        for (var p = 0; p < policies.Count; p++)
        {
            for (var k = 0; k < interactionsPerPolicy; k++)
            {
                var started = now.AddHours(-(p * interactionsPerPolicy + k + 1));
                var interaction = new Interaction
                {
                    TenantId = tenant,
                    Id = Guid.CreateVersion7(),
                    Channel = InteractionChannel.InboundCall,
                    Purpose = CallPurpose.Service,
                    AgentId = k % 2 == 0 ? agent1.Id : agent2.Id,
                    CustomerId = policies[p].PolicyholderId,
                    PolicyId = policies[p].Id,
                    StartedAt = started,
                    AnsweredAt = started.AddSeconds(5),
                    EndedAt = started.AddMinutes(3),
                    Summary = "call " + k,
                    Urgency = k == 0 ? Urgency.Urgent : Urgency.Normal,
                    LateAnswer = k == 1,
                    CreatedAt = started,
                };
                interactions.Add(interaction);
                db.Interactions.Add(interaction);
            }
        }

        await db.SaveChangesAsync();
        db.Complaints.Add(new Complaint
        {
            TenantId = tenant,
            Id = Guid.CreateVersion7(),
            Reference = "C-" + code,
            Channel = ComplaintChannel.Phone,
            ComplainantId = people[0].Id,
            Category = ComplaintCategory.ServiceAttitude,
            Severity = ComplaintSeverity.General,
            Description = "rude",
            HandlerId = handler.Id,
            Status = ComplaintStatus.Accepted,
            ReceivedAt = now,
            AcceptedAt = now,
            AcceptDueAt = now.AddDays(1),
            InvestigationDueAt = now.AddDays(2),
            ResolveDueAt = now.AddDays(9),
        });
        await work.CommitAsync();
        return new InsurerData
        {
            Stack = stack,
            Tenant = tenant,
            Code = code,
            SupervisorId = supervisor.Id,
            Agent1Id = agent1.Id,
            Agent2Id = agent2.Id,
            HandlerId = handler.Id,
            Customers = people,
            Policies = policies,
            Interactions = interactions,
        };
    }

    /// <summary>Marks an interaction of agent1 with the customer as verified and still going on (R-CALL-03 clearance).</summary>
    public async Task<Guid> StartVerifiedInteractionAsync(Guid customerId, bool ended = false)
    {
        await using var source = NpgsqlDataSource.Create(Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(Tenant);
        var now = DateTimeOffset.UtcNow;
        var interaction = new Interaction
        {
            TenantId = Tenant,
            Id = Guid.CreateVersion7(),
            Channel = InteractionChannel.InboundCall,
            AgentId = Agent1Id,
            CustomerId = customerId,
            StartedAt = now.AddMinutes(-2),
            AnsweredAt = now.AddMinutes(-2),
            VerifiedAt = now.AddMinutes(-1),
            VerificationMethod = VerificationMethod.PolicyAndIdNumber,
            EndedAt = ended ? now.AddSeconds(-5) : null,
            Urgency = Urgency.Normal,
            CreatedAt = now,
        };
        work.Db.Interactions.Add(interaction);
        await work.CommitAsync();
        return interaction.Id;
    }

    /// <summary>Changes this tenant's rows as the owner, inside the tenant's row-level security setting, and commits.</summary>
    public async Task ChangeAsync(Func<PlatformDbContext, Task> change)
    {
        await using var source = NpgsqlDataSource.Create(Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(Tenant);
        await change(work.Db);
        await work.Db.SaveChangesAsync();
        await work.CommitAsync();
    }

    /// <summary>The access-log rows of this tenant (read as the owner).</summary>
    public async Task<List<AccessLogEntry>> AccessLogAsync()
    {
        await using var source = NpgsqlDataSource.Create(Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(Tenant);
        return [.. work.Db.AccessLog.OrderBy(a => a.OccurredAt)];
    }

    /// <summary>The global id of a seeded row.</summary>
    public static string Id(string type, Guid id) => GlobalId.Encode(type, id);
}
