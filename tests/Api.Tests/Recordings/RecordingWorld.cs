using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings.Storage;
using Platform.Domain.Security;

namespace Platform.Api.Tests.Recordings;

/// <summary>
/// One tenant with the people recording access depends on (R-REC-03): a team whose supervisor leads agent A,
/// another agent B, a quality inspector, two complaint handlers, compliance, a trainer; a call of A with a
/// STANDARD, a COMPLAINT (handled by handler H) and a RESTRICTED (health information) recording, each with
/// encrypted content stored through the real content store.
/// </summary>
public sealed class RecordingWorld
{
    private readonly Dictionary<string, string> _userIds = [];

    private RecordingWorld(ApiStack stack, Guid tenantId, string appConnectionString)
    {
        Stack = stack;
        TenantId = tenantId;
        AppConnectionString = appConnectionString;
    }

    public ApiStack Stack { get; }
    public Guid TenantId { get; }
    public string AppConnectionString { get; }
    public Guid AgentA { get; private set; }
    public Guid AgentB { get; private set; }
    public Guid CallOfA { get; private set; }
    public Guid CallOfB { get; private set; }
    public Guid Complaint { get; private set; }
    public Guid Standard { get; private set; }
    public Guid ComplaintTier { get; private set; }
    public Guid Restricted { get; private set; }

    /// <summary>The content stored for every seeded recording.</summary>
    public static byte[] Audio { get; } = [.. "RIFF"u8, .. RandomNumberGenerator.GetBytes(2048)];

    /// <summary>Creates the world in a fresh tenant of the stack's database.</summary>
    public static async Task<RecordingWorld> CreateAsync(ApiEnvironment environment, string code)
    {
        RecordingKeys.EnsureConfigured();
        var stack = environment.Stack;
        var database = new NpgsqlConnectionStringBuilder(stack.OwnerConnectionString).Database!;
        var tenant = await stack.AddTenantAsync(code);
        var world = new RecordingWorld(stack, tenant, environment.Cluster.ConnectionString(DatabaseRoles.App, database));
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var team = Guid.CreateVersion7();
        var supervisor = await StaffAsync("supervisor", null);
        await ExecuteAsync("INSERT INTO teams (tenant_id, id, name, supervisor_id) VALUES ($1, $2, 'Team A', $3)", TenantId, team, supervisor);
        AgentA = await StaffAsync("agentA", team);
        AgentB = await StaffAsync("agentB", null);
        await StaffAsync("otherSupervisor", null);
        await StaffAsync("inspector", null);
        var handler = await StaffAsync("handler", null);
        await StaffAsync("otherHandler", null);
        await StaffAsync("compliance", null);
        await StaffAsync("trainer", null);
        var customer = Guid.CreateVersion7();
        await ExecuteAsync("INSERT INTO customers (tenant_id, id, name) VALUES ($1, $2, 'Li Wei')", TenantId, customer);
        CallOfA = await CallAsync(AgentA);
        CallOfB = await CallAsync(AgentB);
        Complaint = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        await ExecuteAsync(
            """
            INSERT INTO complaints (tenant_id, id, reference, channel, complainant_id, interaction_id, category, description, handler_id,
                                    received_at, accept_due_at, investigation_due_at, resolve_due_at)
            VALUES ($1, $2, $3, 'Phone', $4, $5, 'ServiceAttitude', 'Rude agent', $6, $7, $7, $7, $7)
            """, TenantId, Complaint, "C-" + Complaint.ToString("N")[..8], customer, CallOfA, handler, now);
        Standard = await RecordingAsync(CallOfA, complaint: null, health: false);
        ComplaintTier = await RecordingAsync(CallOfA, Complaint, health: false);
        Restricted = await RecordingAsync(CallOfA, complaint: null, health: true);
    }

    /// <summary>Adds a recording row (retention as given, default 3 years ahead) with stored content.</summary>
    public async Task<Guid> RecordingAsync(Guid call, Guid? complaint, bool health, DateOnly? retainUntil = null, bool legalHold = false)
    {
        var id = Guid.CreateVersion7();
        var tier = health || legalHold ? "Restricted" : complaint is null ? "Standard" : "Complaint";
        await ExecuteAsync(
            """
            INSERT INTO recordings (tenant_id, id, interaction_id, complaint_id, linked_at, started_at, duration_seconds, tier,
                                    contains_health_information, retention_until, legal_hold)
            VALUES ($1, $2, $3, $4, CASE WHEN $4::uuid IS NULL THEN NULL ELSE now() END, now() - interval '1 hour', 125, $5, $6, $7, $8)
            """,
            TenantId, id, call, (object?)complaint ?? DBNull.Value, tier, health,
            retainUntil ?? DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3), legalHold);
        await using var dataSource = NpgsqlDataSource.Create(AppConnectionString);
        await new PostgresRecordingContentStore(dataSource, RecordingKeys.MasterKey).SaveAsync(TenantId, id, new RecordingContent("audio/wav", Audio));
        return id;
    }

    /// <summary>A staff member with a login subject; returns the staff id.</summary>
    private async Task<Guid> StaffAsync(string name, Guid? team)
    {
        var id = Guid.CreateVersion7();
        var user = Guid.NewGuid().ToString();
        _userIds[name] = user;
        await ExecuteAsync(
            "INSERT INTO staff_members (tenant_id, id, employee_number, display_name, team_id, user_id) VALUES ($1, $2, $3, $4, $5, $6)",
            TenantId, id, name + "-" + id.ToString("N")[^6..], name, (object?)team ?? DBNull.Value, user);
        return id;
    }

    private async Task<Guid> CallAsync(Guid agent)
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(
            "INSERT INTO interactions (tenant_id, id, channel, agent_id, started_at) VALUES ($1, $2, 'InboundCall', $3, now() - interval '2 hours')",
            TenantId, id, agent);
        return id;
    }

    /// <summary>An access token of the named staff member with the given roles, signed by the real token service key.</summary>
    public Task<string> TokenAsync(string person, params string[] roles) =>
        TokenForgery.SignAsync(Stack, TenantId, d =>
        {
            d.Claims["sub"] = _userIds[person];
            d.Claims["client_id"] = "insurer-web";
            d.Claims["roles"] = roles;
        });

    /// <summary>Runs SQL as the table owner inside a transaction scoped to the tenant (row-level security applies to the owner too).</summary>
    public async Task ExecuteAsync(string sql, params object?[] parameters)
    {
        await using var connection = new NpgsqlConnection(Stack.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var scope = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction))
        {
            scope.Parameters.AddWithValue(TenantId.ToString());
            await scope.ExecuteNonQueryAsync();
        }

        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            foreach (var parameter in parameters)
            {
                command.Parameters.AddWithValue(parameter ?? DBNull.Value);
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>Reads one scalar as the owner inside the tenant scope.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Stack.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var scope = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction))
        {
            scope.Parameters.AddWithValue(TenantId.ToString());
            await scope.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a GraphQL operation and returns the root JSON (asserting HTTP 200).</summary>
    public async Task<JsonElement> GraphQLAsync(string query, string token)
    {
        using var response = await Stack.GraphQLAsync(query, token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asks for a playback or download link; returns the payload.</summary>
    public async Task<JsonElement> RequestAsync(string token, Guid recording, string kind = "PLAY", string purpose = "quality review", int? lifetimeSeconds = null)
    {
        var lifetime = lifetimeSeconds is { } s ? $", lifetimeSeconds: {s}" : "";
        var root = await GraphQLAsync(
            $$"""
            mutation { requestRecordingPlayback(input: { recordingId: "{{RecordingKeys.GlobalId(recording)}}", purpose: {{JsonSerializer.Serialize(purpose)}}, kind: {{kind}}{{lifetime}} }) {
              playback { recordingId kind url expiresAt }
              errors { __typename ... on UserError { code message } }
            } }
            """, token);
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty("requestRecordingPlayback");
    }

    /// <summary>The access log rows about a recording (read as the owner, in occurrence order).</summary>
    public async Task<List<(string Action, bool Granted, string? Detail, string? Purpose, string ActorId)>> LogAsync(Guid recording)
    {
        await using var connection = new NpgsqlConnection(Stack.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var scope = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction))
        {
            scope.Parameters.AddWithValue(TenantId.ToString());
            await scope.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(
            "SELECT action, granted, detail, purpose, actor_id FROM access_log WHERE resource_id = $1 ORDER BY occurred_at, id", connection, transaction);
        command.Parameters.AddWithValue(recording);
        var rows = new List<(string, bool, string?, string?, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>GET on a link path of the API, without any token.</summary>
    public Task<HttpResponseMessage> FetchAsync(string path) => Stack.Api.GetAsync(path);

    /// <summary>The error code of a refused content request.</summary>
    public static async Task<string> RefusalCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString()!;
}
