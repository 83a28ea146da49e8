using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings;
using Platform.Domain.Staff;
using Platform.Domain.Training;
using ApiRole = Platform.Api.Callers.Role;

namespace Platform.Api.Tests.Authorization;

/// <summary>
/// An <see cref="InsurerData"/> insurer plus at least one row of every Node type its seed lacks, each placed so that
/// every role the type admits has it in its row scope: a resolved complaint (root cause, measures, history) raised in
/// agent1's call with customer 0 and handled by the handler, a recording of that call under legal hold, the
/// customer's survey about it, a course with a passed 2-hour record for every staff member, agent1's psychological
/// assessment, an ongoing verified call of agent1 with customer 1 (R-CALL-03 clearance) and an ended one with
/// customer 2 (no clearance any more), a holiday and a make-up day, a recording access-log row, reserved phones, a
/// person holding every staff role ("omni") and a service client of the tenant. Tokens come from the real token
/// endpoint (client_credentials) of service clients named after the seeded people.
/// </summary>
public sealed class EveryTypeData
{
    private readonly ConcurrentDictionary<string, (string[] Roles, Task<string> Token)> _tokens = new();

    /// <summary>The seeded person acting in each role ("operator" is the platform admin, outside the tenant).</summary>
    public static IReadOnlyDictionary<ApiRole, string> Actors { get; } = new Dictionary<ApiRole, string>
    {
        [ApiRole.TenantAdmin] = "admin",
        [ApiRole.Agent] = "agent1",
        [ApiRole.Supervisor] = "supervisor",
        [ApiRole.QualityInspector] = "inspector",
        [ApiRole.ComplaintHandler] = "handler",
        [ApiRole.ComplianceOfficer] = "compliance",
        [ApiRole.Trainer] = "trainer",
        [ApiRole.Customer] = "customer",
        [ApiRole.PlatformAdmin] = "operator",
    };

    private EveryTypeData(InsurerData insurer) => Insurer = insurer;

    /// <summary>The underlying insurer (customers, policies, interactions, staff subjects).</summary>
    public InsurerData Insurer { get; }

    /// <summary>The tenant's id.</summary>
    public Guid Tenant => Insurer.Tenant;

    /// <summary>Staff ids by seeded person (agent1, agent2, supervisor, handler, inspector, compliance, trainer, admin, omni).</summary>
    public Dictionary<string, Guid> Staff { get; } = [];

    /// <summary>The team agent1 belongs to and the supervisor leads.</summary>
    public Guid TeamId { get; private set; }

    /// <summary>agent1's call about policy 0 with customer 0: the complaint, recording and survey point at it.</summary>
    public Interaction Call { get; private set; } = null!;

    /// <summary>The complaint raised in <see cref="Call"/>, handled by the handler.</summary>
    public Guid ComplaintId { get; private set; }

    /// <summary>The recording of <see cref="Call"/>, under legal hold with a reason.</summary>
    public Guid RecordingId { get; private set; }

    /// <summary>Customer 0's survey about <see cref="Call"/>.</summary>
    public Guid SurveyId { get; private set; }

    /// <summary>The tenant's training course.</summary>
    public Guid CourseId { get; private set; }

    /// <summary>Each staff member's training record, by seeded person.</summary>
    public Dictionary<string, Guid> TrainingRecords { get; } = [];

    /// <summary>agent1's psychological assessment, with notes.</summary>
    public Guid AssessmentId { get; private set; }

    /// <summary>agent1's ongoing call with customer 1 whose identity was verified: agent1 sees customer 1 in full.</summary>
    public Guid VerifiedCallId { get; private set; }

    /// <summary>Customer 1, whose identity agent1 verified in the ongoing <see cref="VerifiedCallId"/>.</summary>
    public Guid VerifiedCustomer => Insurer.Customers[1].Id;

    /// <summary>The service client registered for the tenant in the token service (listed by serviceClients).</summary>
    public string ServiceClientId { get; private set; } = "";

    /// <summary>The customers whose complaints the handler handles (R-PII-03 clearance).</summary>
    public IReadOnlySet<Guid> HandledCustomers => new HashSet<Guid> { Insurer.ComplaintCustomer.Id };

    /// <summary>Seeds the insurer and the extra rows.</summary>
    public static async Task<EveryTypeData> SeedAsync(ApiStack stack, string code, int customers = 3, int interactionsPerPolicy = 2)
    {
        var insurer = await InsurerData.SeedAsync(stack, code, customers, interactionsPerPolicy);
        var data = new EveryTypeData(insurer);
        await data.AddAsync();
        return data;
    }

    private async Task AddAsync()
    {
        var stack = Insurer.Stack;
        await using var source = NpgsqlDataSource.Create(stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(Tenant);
        var db = work.Db;
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // A person holding every staff role, for callers that must not be narrowed by any one role's scope.
        var omni = new StaffMember
        {
            TenantId = Tenant,
            Id = Guid.CreateVersion7(),
            EmployeeNumber = "omni-" + Insurer.Code,
            DisplayName = "omni",
            UserId = Insurer.Subject("omni"),
            Active = true,
            CreatedAt = now,
        };
        db.StaffMembers.Add(omni);
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            db.StaffRoleAssignments.Add(new StaffRoleAssignment { TenantId = Tenant, Id = Guid.CreateVersion7(), StaffMemberId = omni.Id, Role = role, GrantedAt = now });
        }

        await db.SaveChangesAsync();

        // InsurerData leaves the reserved phone empty; a value makes its @pii decision observable.
        foreach (var (customer, n) in Insurer.Customers.Select((c, n) => (c, n)))
        {
            customer.ReservedPhone = $"1391111{n:D4}";
            await db.Customers.Where(c => c.Id == customer.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.ReservedPhone, customer.ReservedPhone));
        }

        foreach (var (userId, staffId) in db.StaffMembers.Where(s => s.UserId != null).Select(s => new { s.UserId, s.Id }).AsEnumerable().Select(s => (s.UserId!, s.Id)))
        {
            Staff[userId[..userId.IndexOf('@', StringComparison.Ordinal)]] = staffId;
        }

        TeamId = db.Teams.Single().Id;
        Call = Insurer.Interactions.First(i => i.PolicyId == Insurer.Policies[0].Id && i.AgentId == Insurer.Agent1Id);
        ComplaintId = Guid.CreateVersion7();
        db.Complaints.Add(new Complaint
        {
            TenantId = Tenant,
            Id = ComplaintId,
            Reference = "CX-" + Insurer.Code,
            Channel = ComplaintChannel.Phone,
            ComplainantId = Call.CustomerId!.Value,
            PolicyId = Call.PolicyId,
            InteractionId = Call.Id,
            Category = ComplaintCategory.ServiceProcess,
            Severity = ComplaintSeverity.General,
            Description = "transferred three times",
            CustomerExpectation = "an apology",
            HandlerId = Insurer.HandlerId,
            Status = ComplaintStatus.Resolved,
            ReceivedAt = now.AddHours(-4),
            AcceptedAt = now.AddHours(-3),
            InvestigationStartedAt = now.AddHours(-2),
            ResolvedAt = now.AddHours(-1),
            AcceptDueAt = now.AddHours(20),
            InvestigationDueAt = now.AddHours(44),
            ResolveDueAt = now.AddDays(9),
            FeedbackDueAt = now.AddDays(2),
            RootCause = "long transfer queue",
            ResolutionMeasures = JsonSerializer.Serialize(new List<ResolutionMeasure> { new(ResolutionMeasureKind.Explanation, "apologised and explained the queue") }),
        });
        var steps = new (ComplaintStatus? From, ComplaintStatus To)[]
        {
            (null, ComplaintStatus.Received), (ComplaintStatus.Received, ComplaintStatus.Accepted),
            (ComplaintStatus.Accepted, ComplaintStatus.Investigating), (ComplaintStatus.Investigating, ComplaintStatus.Resolved),
        };
        foreach (var (step, n) in steps.Select((s, n) => (s, n)))
        {
            db.ComplaintStatusHistory.Add(new ComplaintStatusChange
            {
                TenantId = Tenant,
                Id = Guid.CreateVersion7(),
                ComplaintId = ComplaintId,
                FromStatus = step.From,
                ToStatus = step.To,
                ChangedAt = now.AddHours(n - 4),
                ChangedByKind = ActorKind.Staff,
                ChangedById = Insurer.HandlerId,
                Note = step.To.ToString(),
            });
        }

        db.CalendarDays.AddRange(
            new TenantCalendarDay { TenantId = Tenant, Day = new DateOnly(today.Year + 1, 1, 1), Kind = CalendarDayKind.Holiday, Name = "New Year" },
            new TenantCalendarDay { TenantId = Tenant, Day = new DateOnly(today.Year + 1, 1, 4), Kind = CalendarDayKind.WorkingDay, Name = "Make-up day" });

        RecordingId = Guid.CreateVersion7();
        db.Recordings.Add(new Recording
        {
            TenantId = Tenant,
            Id = RecordingId,
            InteractionId = Call.Id,
            StartedAt = Call.StartedAt,
            DurationSeconds = 180,
            Tier = RecordingTier.Restricted,
            LegalHold = true,
            LegalHoldReason = "litigation " + Insurer.Code,
            ContentType = "audio/wav",
            SizeBytes = 1024,
            RetentionUntil = today.AddYears(3),
            CreatedAt = now,
        });
        db.AccessLog.Add(new AccessLogEntry
        {
            TenantId = Tenant,
            Id = Guid.CreateVersion7(),
            OccurredAt = now,
            ActorKind = ActorKind.Staff,
            ActorId = Staff["compliance"].ToString(),
            Action = "PlaybackGranted",
            ResourceType = "Recording",
            ResourceId = RecordingId,
            Purpose = "audit",
            Granted = true,
        });

        SurveyId = Guid.CreateVersion7();
        db.SurveyResponses.Add(new SurveyResponse
        {
            TenantId = Tenant,
            Id = SurveyId,
            CustomerId = Call.CustomerId!.Value,
            InteractionId = Call.Id,
            AgentId = Call.AgentId,
            Channel = Call.Channel,
            OverallScore = 4,
            AttitudeScore = 5,
            Comment = "helpful",
            RespondedAt = now.AddMinutes(-30),
        });

        CourseId = Guid.CreateVersion7();
        db.TrainingCourses.Add(new TrainingCourse { TenantId = Tenant, Id = CourseId, Code = "QR-" + Insurer.Code, Title = "Quarterly refresher", Kind = CourseKind.QuarterlyRefresher, Hours = 2m, CreatedAt = now });
        foreach (var (who, staffId) in Staff)
        {
            var record = new TrainingRecord { TenantId = Tenant, Id = Guid.CreateVersion7(), StaffMemberId = staffId, CourseId = CourseId, CompletedOn = today, Hours = 2m, Score = 90m, Passed = true, CreatedAt = now };
            TrainingRecords[who] = record.Id;
            db.TrainingRecords.Add(record);
        }

        AssessmentId = Guid.CreateVersion7();
        db.PsychologicalAssessments.Add(new PsychologicalAssessment { TenantId = Tenant, Id = AssessmentId, StaffMemberId = Insurer.Agent1Id, AssessedOn = today, Passed = true, Score = 88m, Assessor = "Dr. Wang", Notes = "steady under pressure" });
        await db.SaveChangesAsync();
        await work.CommitAsync();

        VerifiedCallId = await Insurer.StartVerifiedInteractionAsync(Insurer.Customers[1].Id);

        // A verified call that has ended grants nothing any more (R-PII-03: for the interaction's duration).
        await Insurer.StartVerifiedInteractionAsync(Insurer.Customers[2].Id, ended: true);
        ServiceClientId = "tool-" + Insurer.Code;
        await stack.AddServiceClientAsync(ServiceClientId, Tenant, "QUALITY_INSPECTOR");
    }

    /// <summary>
    /// A real access token from the token endpoint for a seeded person with these roles: a service client whose id is
    /// the person's subject, so the API maps it to the person's staff or customer record. One role set per person.
    /// </summary>
    public Task<string> TokenAsync(string who, params string[] roles) => RealTokens.ForAsync(_tokens, Insurer.Stack, Tenant, Insurer.Subject(who), roles);

    /// <summary>Every id of the tenant's rows, by table (as the owner inside the tenant's row-level-security setting).</summary>
    public async Task<Dictionary<string, HashSet<Guid>>> RowIdsAsync()
    {
        var ids = new Dictionary<string, HashSet<Guid>>();
        await using var connection = await OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.table_name FROM information_schema.columns c
            WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid'
              AND EXISTS (SELECT 1 FROM information_schema.columns t WHERE t.table_schema = 'public' AND t.table_name = c.table_name AND t.column_name = 'tenant_id')
            ORDER BY 1
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            var set = ids[table] = [];
            await using var select = new NpgsqlCommand($"SELECT id FROM {table}", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                set.Add(reader.GetGuid(0));
            }
        }

        ids["tenants"] = [Tenant];
        return ids;
    }

    /// <summary>The token service's client ids of this tenant created so far (token subjects and the tool client).</summary>
    public IReadOnlySet<string> ClientIds => _tokens.Keys.Append(ServiceClientId).ToHashSet();

    /// <summary>The uuids a query returns, read as the owner inside the tenant's row-level-security setting.</summary>
    public async Task<HashSet<Guid>> GuidsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>Runs a statement as the owner inside the tenant's row-level-security setting.</summary>
    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One value read as the owner inside the tenant's row-level-security setting.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The setting is per session here (not per transaction): the connection is used for reads only and then closed.
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Insurer.Stack.OwnerConnectionString);
        await connection.OpenAsync();
        await using var setting = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection);
        setting.Parameters.AddWithValue(Tenant.ToString());
        await setting.ExecuteNonQueryAsync();
        return connection;
    }
}

/// <summary>Access tokens issued by the stack's real token endpoint to service clients registered for the purpose.</summary>
public static class RealTokens
{
    /// <summary>
    /// The token of the service client <paramref name="subject"/> (registered on first use with <paramref name="roles"/>
    /// for <paramref name="tenant"/>, null for a platform principal); asking again with other roles is a test bug.
    /// </summary>
    public static async Task<string> ForAsync(
        ConcurrentDictionary<string, (string[] Roles, Task<string> Token)> cache, ApiStack stack, Guid? tenant, string subject, string[] roles)
    {
        var entry = cache.GetOrAdd(subject, _ => (roles, IssueAsync(stack, tenant, subject, roles)));
        Assert.True(entry.Roles.SequenceEqual(roles), $"{subject} already has a client with roles {string.Join(",", entry.Roles)}");
        return await entry.Token;
    }

    private static async Task<string> IssueAsync(ApiStack stack, Guid? tenant, string subject, string[] roles)
    {
        var secret = await stack.AddServiceClientAsync(subject, tenant, roles);
        return await stack.TokenAsync(subject, secret);
    }
}
