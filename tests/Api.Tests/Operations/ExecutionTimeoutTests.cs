using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// The execution timeout (<c>Api:ExecutionTimeout</c>) over the real stack: an operation stuck in PostgreSQL is answered
/// with EXECUTION_TIMEOUT, and its database command is cancelled on the server, not left waiting.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExecutionTimeoutTests(ApiEnvironment environment)
{
    [Fact]
    public async Task A_query_blocked_in_the_database_times_out_and_its_command_is_cancelled_in_postgres()
    {
        var (_, _, token) = await environment.Stack.TenantWithClientAsync("timeout", "AGENT");
        await using var api = await environment.Stack.StartAnotherApiAsync(b =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Api:ExecutionTimeout"] = "00:00:03" }));
        // A short client timeout turns a hang (the bug this guards against) into a quick, clear failure.
        using var http = new HttpClient { BaseAddress = new Uri(api.ApiUrl), Timeout = TimeSpan.FromSeconds(20) };
        const string query = "{ customers(first: 1) { edges { node { id } } } }";
        await AnsweredWithoutErrorsAsync(http, query, token);

        // An exclusive lock makes any read of customers wait in PostgreSQL until the lock goes.
        // As superuser (to see every session in pg_stat_activity) on the stack's own database.
        var database = new NpgsqlConnectionStringBuilder(environment.Stack.OwnerConnectionString).Database!;
        await using var locker = new NpgsqlConnection(environment.Cluster.ConnectionString("postgres", database));
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        using var blocked = await PostAsync(http, query, token);
        Assert.True(blocked.RootElement.TryGetProperty("errors", out var errors), blocked.RootElement.ToString());
        var error = errors[0];
        Assert.Equal("EXECUTION_TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString());

        // Still holding the lock: no API backend may still wait for it, so the command was cancelled, not abandoned.
        var waiting = await WaitingForLockAsync(locker, transaction);
        Assert.Equal(0, waiting);

        await transaction.RollbackAsync();
        await AnsweredWithoutErrorsAsync(http, query, token);
    }

    // The first requests of a fresh host (JIT, pool, token keys) may miss a short budget on a busy machine; the
    // test is about the blocked request, so the host is warmed until it answers in time.
    private static async Task AnsweredWithoutErrorsAsync(HttpClient http, string query, string token)
    {
        var answer = "";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var document = await PostAsync(http, query, token);
            if (!document.RootElement.TryGetProperty("errors", out _))
            {
                return;
            }

            answer = document.RootElement.ToString();
        }

        Assert.Fail("The API never answered without errors: " + answer);
    }

    private static async Task<JsonDocument> PostAsync(HttpClient http, string query, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length > 0, $"HTTP {(int)response.StatusCode} with an empty body");
        return JsonDocument.Parse(body);
    }

    // Cancellation reaches PostgreSQL asynchronously (a cancel request on a second connection), so give it a moment.
    private static async Task<long> WaitingForLockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        long waiting = -1;
        for (var attempt = 0; attempt < 50 && waiting != 0; attempt++)
        {
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = 'platform_app' AND wait_event_type = 'Lock'", connection, transaction);
            waiting = (long)(await count.ExecuteScalarAsync())!;
            if (waiting != 0)
            {
                await Task.Delay(100);
            }
        }

        return waiting;
    }
}
