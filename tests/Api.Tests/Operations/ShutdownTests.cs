using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Api.Tests.Infrastructure;

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
