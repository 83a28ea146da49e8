using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.WebSockets;

namespace Platform.Api.Tests.Operations;

/// <summary>Graceful shutdown: in-flight requests finish, sockets get a proper close frame, readiness turns off.</summary>
[Collection(ApiCollection.Name)]
public sealed class ShutdownTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Stopping_lets_an_in_flight_request_finish_before_the_host_stops()
    {
        var slow = new SlowRequest();
        await using var stack = await ApiStack.StartAsync(environment.Cluster,
            configureApi: b => b.Services.AddSingleton<IStartupFilter>(slow));
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        stack.ApiServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());

        var request = stack.Api.GetAsync(SlowRequest.Path);
        await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stop = stack.StopApiAsync();
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stoppedWhileRequestRan = stop.IsCompleted;
        slow.Release.SetResult();
        using var response = await request.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(stoppedWhileRequestRan, "the host stopped while a request was still running");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("finished", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stopping_closes_open_sockets_with_1001_going_away()
    {
        await using var stack = await ApiStack.StartAsync(environment.Cluster);
        var (_, _, token) = await stack.TenantWithClientAsync("shutdown-socket", "AGENT");
        await using var socket = await GraphQLSocket.ConnectAsync(stack);
        await socket.InitAsync(new { authorization = "Bearer " + token });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?.GetProperty("type").GetString());

        var stop = stack.StopApiAsync();
        var rest = await socket.ReceiveUntilClosedAsync(TimeSpan.FromSeconds(30));
        await stop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(rest);
        Assert.Equal(1001, socket.CloseStatus);
        Assert.Equal("Server shutting down", socket.CloseReason);
    }

    [Fact]
    public async Task Stopping_an_instance_closes_a_socket_with_an_active_subscription_with_1001_while_a_request_in_flight_still_completes()
    {
        var stack = environment.Stack;
        var (tenant, _, token) = await stack.TenantWithClientAsync("shutdown-busy", "QUALITY_INSPECTOR");
        var extra = await stack.StartAnotherApiAsync();
        var stop = Task.CompletedTask;
        try
        {
            await using var socket = await Subscriber.SubscribeAsync(extra.ApiUrl, extra.Services, token, tenant, "subscription { complaintAlerts { cursor } }");

            // The request in flight: a GraphQL query that waits for a table lock this test holds.
            await using var blocker = new NpgsqlConnection(stack.OwnerConnectionString);
            await blocker.OpenAsync();
            await using var locked = await blocker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE", blocker, locked))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            using var client = new HttpClient { BaseAddress = new Uri(extra.ApiUrl) };
            using var query = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("""{"query":"{ customers { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            query.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            var request = client.SendAsync(query);
            await WaitForLockWaitersAsync(stack.OwnerConnectionString, 1);

            stop = extra.DisposeAsync().AsTask();
            var rest = await socket.ReceiveUntilClosedAsync(TimeSpan.FromSeconds(30));
            var closedWhileRequestRan = !request.IsCompleted;
            var stoppedWhileRequestRan = stop.IsCompleted;
            await locked.RollbackAsync();
            using var response = await request.WaitAsync(TimeSpan.FromSeconds(30));
            await stop.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Empty(rest);
            Assert.Equal((SocketRegistry.GoingAway, SocketRegistry.ShuttingDown), (socket.CloseStatus, socket.CloseReason));
            Assert.True(closedWhileRequestRan, "the socket was closed only after the request in flight had finished");
            Assert.False(stoppedWhileRequestRan, "the host stopped while a request was still running");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal(0, JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("customers").GetProperty("totalCount").GetInt32());
        }
        finally
        {
            if (stop == Task.CompletedTask)
            {
                await extra.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Stopping_closes_a_socket_that_has_not_initialised_yet_with_1001_at_once()
    {
        var extra = await environment.Stack.StartAnotherApiAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(extra.ApiUrl);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stop = extra.DisposeAsync().AsTask();
        var rest = await socket.ReceiveUntilClosedAsync(TimeSpan.FromSeconds(30));
        var closedAfter = clock.Elapsed;
        await stop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(rest);
        Assert.Equal((SocketRegistry.GoingAway, SocketRegistry.ShuttingDown), (socket.CloseStatus, socket.CloseReason));
        // Well below the 10 s connection_init timeout, which would otherwise close it (4408) and hold up the stop.
        Assert.True(closedAfter < TimeSpan.FromSeconds(5), $"closed after {closedAfter}");
    }

    private static async Task WaitForLockWaitersAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'customers'::regclass", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await waiting.ExecuteScalarAsync())! < count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the request never reached the database");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Readiness_reports_unavailable_once_shutdown_begins()
    {
        await using var stack = await ApiStack.StartAsync(environment.Cluster);
        using var before = await stack.Api.GetAsync("/health/ready");

        // The signal a SIGTERM gives; this test host is not run by RunAsync, so Kestrel keeps answering afterwards.
        stack.ApiServices.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        using var after = await stack.Api.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.Contains("shutting down", await after.Content.ReadAsStringAsync());
    }

    /// <summary>A test-only endpoint that holds its request open until released.</summary>
    private sealed class SlowRequest : IStartupFilter
    {
        public const string Path = "/test/slow";

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, slow => slow.Run(async http =>
            {
                Started.TrySetResult();
                await Release.Task;
                await http.Response.WriteAsync("finished");
            }));
            next(app);
        };
    }
}
