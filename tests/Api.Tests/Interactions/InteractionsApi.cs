using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Interactions.Commands;
using Platform.Api.Relay;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Persistence;
using Platform.Testing;

namespace Platform.Api.Tests.Interactions;

/// <summary>
/// The interaction tests' own token service + API over their own cluster, with the API's <see cref="InteractionClock"/>
/// driven by <see cref="Clock"/> (token validation keeps the real time). Classes of the collection run one after another.
/// </summary>
public sealed class InteractionsApi : IAsyncLifetime
{
    public const string Name = "interactions-api";

    public PostgresCluster Cluster { get; } = new();
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public ApiStack Stack { get; private set; } = null!;

    private string AppConnectionString =>
        new NpgsqlConnectionStringBuilder(Stack.OwnerConnectionString) { Username = DatabaseRoles.App }.ConnectionString;

    public async Task InitializeAsync()
    {
        await Cluster.InitializeAsync();
        Stack = await ApiStack.StartAsync(Cluster, configureApi: b => b.Services.AddSingleton(new InteractionClock(Clock)));
    }

    public async Task DisposeAsync()
    {
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }

        await Cluster.DisposeAsync();
    }

    /// <summary>A fresh tenant with the interaction tests' people.</summary>
    public Task<InteractionWorld> WorldAsync(string prefix) =>
        InteractionWorld.CreateAsync(Stack.OwnerConnectionString, AppConnectionString, prefix + "-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>A real token (signed with the running token service's key) for a staff member of the world.</summary>
    public Task<string> TokenAsync(InteractionWorld world, Guid staffId, params string[] roles) =>
        Tokens.ForAsync(Stack, world.TenantId, world.SubjectOf(staffId), roles.Length == 0 ? ["AGENT"] : roles);

    /// <summary>Runs a mutation and returns the named root field of its data (asserting no top-level errors).</summary>
    public async Task<JsonElement> MutateAsync(string token, string field, string input, string selection)
    {
        var body = await Tokens.QueryAsync(Stack, token, $"mutation {{ {field}(input: {input}) {{ {selection} }} }}");
        return Tokens.Data(body).GetProperty(field);
    }

    /// <summary>Runs an operation and returns the whole response body.</summary>
    public Task<JsonElement> RawAsync(string token, string query) => Tokens.QueryAsync(Stack, token, query);

    /// <summary>Runs SQL as the owner inside the tenant's row-level-security setting.</summary>
    public async Task ExecuteAsync(Guid tenantId, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Stack.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var setting = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction))
        {
            setting.Parameters.AddWithValue(tenantId.ToString());
            await setting.ExecuteNonQueryAsync();
        }

        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            foreach (var parameter in parameters)
            {
                command.Parameters.AddWithValue(parameter);
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

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

    public static string Id(string type, Guid id) => GlobalId.Encode(type, id);
}

/// <summary>The interaction GraphQL tests share one <see cref="InteractionsApi"/> and run one class after another.</summary>
[CollectionDefinition(InteractionsApi.Name)]
public sealed class InteractionsApiCollection : ICollectionFixture<InteractionsApi>;
