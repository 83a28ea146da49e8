using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Complaints;
using Platform.Api.Relay;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Interactions;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Testing;

namespace Platform.Api.Tests.Complaints;

/// <summary>The complaint tests' token service + API over their own cluster, with the API's <see cref="ComplaintClock"/> driven by <see cref="Clock"/>.</summary>
public sealed class ComplaintsApi : IAsyncLifetime
{
    public const string Name = "complaints-api";

    public PostgresCluster Cluster { get; } = new();
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public ApiStack Stack { get; private set; } = null!;

    private string AppConnectionString =>
        new NpgsqlConnectionStringBuilder(Stack.OwnerConnectionString) { Username = DatabaseRoles.App }.ConnectionString;

    public async Task InitializeAsync()
    {
        await Cluster.InitializeAsync();
        Stack = await ApiStack.StartAsync(Cluster, configureApi: b =>
        {
            b.Services.AddSingleton(new ComplaintClock(Clock));
            if (Environment.GetEnvironmentVariable("COMPLAINTS_TEST_LOG") == "1")
            {
                Microsoft.Extensions.Logging.ConsoleLoggerExtensions.AddConsole(b.Logging);
            }
        });
    }

    public async Task DisposeAsync()
    {
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }

        await Cluster.DisposeAsync();
    }

    /// <summary>A fresh tenant with the complaint tests' people and the given calendar entries.</summary>
    public Task<ComplaintWorld> WorldAsync(string prefix, params (DateOnly Day, CalendarDayKind Kind)[] calendar) =>
        ComplaintWorld.CreateAsync(Stack.OwnerConnectionString, AppConnectionString, prefix + "-" + Guid.NewGuid().ToString("N")[..8], calendar);

    /// <summary>A real token for a staff member of the world.</summary>
    public Task<string> StaffTokenAsync(ComplaintWorld world, Guid staffId, string role) =>
        Tokens.ForAsync(Stack, world.TenantId, world.SubjectOf(staffId), role);

    /// <summary>A real token for a customer's self-service login.</summary>
    public Task<string> CustomerTokenAsync(ComplaintWorld world, string subject) =>
        Tokens.ForAsync(Stack, world.TenantId, subject, "CUSTOMER");

    /// <summary>Runs a mutation and returns the named root field of its data (asserting no top-level errors).</summary>
    public async Task<JsonElement> MutateAsync(string token, string field, string input, string? selection = null)
    {
        selection ??= ComplaintSelection + " " + ErrorsOf(field);
        var body = await Tokens.QueryAsync(Stack, token, $"mutation {{ {field}(input: {input}) {{ {selection} }} }}");
        return Tokens.Data(body).GetProperty(field);
    }

    /// <summary>Runs a query and returns its data (asserting no errors).</summary>
    public async Task<JsonElement> QueryAsync(string token, string query) => Tokens.Data(await Tokens.QueryAsync(Stack, token, query));

    /// <summary>Reads one value as the owner inside the tenant's row-level-security setting.</summary>
    public async Task<T> ScalarAsync<T>(Guid tenantId, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Stack.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var setting = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction))
        {
            setting.Parameters.AddWithValue(tenantId.ToString());
            await setting.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The complaint fields every workflow test reads.</summary>
    public const string ComplaintSelection =
        "complaint { id status reopenCount extension handlerId reviewerId decidedAt history { fromStatus toStatus changedByKind note } "
        + "deadlines { overdue paused accept { dueAt state met remainingSeconds } resolution { dueAt state met remainingSeconds } "
        + "feedback { dueAt state met } regulatoryCeiling { dueAt state met } } }";

    // Each mutation's error union admits only its own members' fragments.
    private static readonly Dictionary<string, string> ErrorFragments = new()
    {
        ["InvalidComplaintTransitionError"] = "currentStatus allowedNext rule",
        ["ResolutionIncompleteError"] = "fields",
        ["ExtensionRefusedError"] = "problems",
        ["ClockPauseError"] = "problem",
        ["ReviewWindowClosedError"] = "lastDay",
        ["ReviewerRecusalError"] = "rule",
        ["HandlerNotFoundError"] = "rule",
    };

    private static readonly Dictionary<string, string[]> UnionMembers = new()
    {
        ["acceptComplaint"] = ["InvalidComplaintTransitionError"],
        ["startComplaintInvestigation"] = ["InvalidComplaintTransitionError"],
        ["assignComplaint"] = ["InvalidComplaintTransitionError", "HandlerNotFoundError"],
        ["resolveComplaint"] = ["InvalidComplaintTransitionError", "ResolutionIncompleteError"],
        ["giveComplaintFeedback"] = ["InvalidComplaintTransitionError", "ResolutionIncompleteError"],
        ["reviewComplaint"] = ["InvalidComplaintTransitionError", "ReviewerRecusalError"],
        ["requestComplaintReview"] = ["InvalidComplaintTransitionError", "ReviewWindowClosedError"],
        ["reopenComplaint"] = ["InvalidComplaintTransitionError", "ReviewerRecusalError"],
        ["archiveComplaint"] = ["InvalidComplaintTransitionError", "ReviewerRecusalError"],
        ["extendComplaint"] = ["ExtensionRefusedError"],
        ["pauseComplaint"] = ["ClockPauseError"],
        ["resumeComplaint"] = ["ClockPauseError"],
    };

    private static string ErrorsOf(string mutation) =>
        "errors { __typename ... on UserError { code message } "
        + string.Concat((UnionMembers.GetValueOrDefault(mutation) ?? []).Select(t => $"... on {t} {{ {ErrorFragments[t]} }} "))
        + "}";

    public static string Id(Guid id) => GlobalId.Encode("Complaint", id);
}

/// <summary>The complaint GraphQL tests share one <see cref="ComplaintsApi"/> and run one class after another.</summary>
[CollectionDefinition(ComplaintsApi.Name)]
public sealed class ComplaintsApiCollection : ICollectionFixture<ComplaintsApi>;
