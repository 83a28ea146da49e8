using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Api.Tests.Performance;

/// <summary>
/// Cancelled operations (clients that give up, the server's execution budget) must not leave their transaction open:
/// a connection left idle in transaction is lost to the pool until PostgreSQL refuses new ones.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CancelledRequestTests(ApiEnvironment environment) : IAsyncLifetime
{
    private const string PolicyPage = """
        { policies(first: 50) { nodes { policyNumber
            holder { name phone idNumber } insured { name email }
            interactions(last: 3) { startedAt channel customer { name } } } } }
        """;

    private readonly CapturingLoggerProvider _logs = new();
    private ApiStack _stack = null!;

    public async Task InitializeAsync() =>
        // A short budget, so operations time out while a DataLoader's query waits.
        _stack = await ApiStack.StartAsync(environment.Cluster, configureApi: b =>
        {
            b.Configuration["Api:ExecutionTimeout"] = "00:00:02";
            b.Logging.AddProvider(_logs);
        });

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task Requests_cancelled_mid_flight_leave_no_connection_idle_in_transaction_and_the_api_keeps_answering()
    {
        var data = await InsurerData.SeedAsync(_stack, "cancel", customers: 60, interactionsPerPolicy: 4);
        var token = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");

        using var client = new HttpClient { BaseAddress = new Uri(_stack.ApiUrl) };
        var timedOut = 0;
        var aborted = 0;

        // While the owner holds an exclusive lock on interactions, the interactions DataLoader's query waits on the
        // lock, so every operation is cut off while a batch's command is still running on its connection.
        await using (var locker = new NpgsqlConnection(_stack.OwnerConnectionString))
        {
            await locker.OpenAsync();
            await using var lockTransaction = await locker.BeginTransactionAsync();
            await using (var lockCommand = new NpgsqlCommand("LOCK TABLE interactions IN ACCESS EXCLUSIVE MODE", locker, lockTransaction))
            {
                await lockCommand.ExecuteNonQueryAsync();
            }

            await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
            {
                // Half the clients give up before the server's budget (an aborted request), half wait for it.
                using var cts = new CancellationTokenSource(i % 2 == 0 ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(10));
                try
                {
                    using var response = await client.SendAsync(Request(token), cts.Token);
                    var body = await response.Content.ReadAsStringAsync(cts.Token);
                    if (body.Contains("EXECUTION_TIMEOUT", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref timedOut);
                    }
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref aborted);
                }
            }));

            await lockTransaction.RollbackAsync();
        }

        // The scenario must really have cut operations off, or the assertions below prove nothing.
        // Every client that waits gets the budget's answer: none hangs on a connection a cancelled operation left busy.
        Assert.True(aborted == 20 && timedOut == 20, $"{aborted} aborted, {timedOut} timed out");

        // Aborted requests end on the server shortly after the client leaves; give them a moment, then nothing of
        // platform_app may still hold a transaction.
        var stuck = -1L;
        for (var attempt = 0; attempt < 20 && stuck != 0; attempt++)
        {
            await Task.Delay(250);
            stuck = await IdleInTransactionAsync();
        }

        Assert.True(stuck == 0, $"{stuck} platform_app connections idle in transaction ({aborted} aborted, {timedOut} timed out)");

        // A client that left is not an application failure: no request ends as an unhandled exception in the log.
        var unhandled = _logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();
        Assert.True(unhandled.Count == 0, string.Join("\n", unhandled.Select(e => $"{e.Category}: {e.Message}")));

        // Unlocked, the same page is answered again.
        using var ok = await client.SendAsync(Request(token));
        var okBody = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()).RootElement;
        Assert.False(okBody.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(50, okBody.GetProperty("data").GetProperty("policies").GetProperty("nodes").GetArrayLength());
    }

    private static HttpRequestMessage Request(string token, string query = PolicyPage)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<long> IdleInTransactionAsync()
    {
        await using var connection = new NpgsqlConnection(_stack.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = 'platform_app' AND datname = current_database() AND state LIKE 'idle in transaction%'",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
