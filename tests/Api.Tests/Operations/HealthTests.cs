using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Operations;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Operations;

/// <summary>Liveness and readiness probes against the real database.</summary>
[Collection(ApiCollection.Name)]
public sealed class HealthTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Live_answers_without_a_token()
    {
        using var response = await environment.Stack.Api.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_when_the_app_role_reaches_the_migrated_database()
    {
        using var response = await environment.Stack.Api.GetAsync("/health/ready");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("ready", root.GetProperty("status").GetString());
        Assert.Equal("ok", root.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Not_ready_when_any_registered_check_fails_such_as_a_disconnected_event_listener()
    {
        await using var stack = await ApiStack.StartAsync(environment.Cluster,
            configureApi: b => b.Services.AddSingleton<IReadinessCheck>(new FailingCheck("events", "event listener not connected")));
        using var response = await stack.Api.GetAsync("/health/ready");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks");
        Assert.Equal("event listener not connected", checks.GetProperty("events").GetString());
        Assert.Equal("ok", checks.GetProperty("database").GetString());
    }

    [Fact]
    public async Task Not_ready_when_migrations_are_missing()
    {
        // A database with no migration history at all: the probe must not call it ready.
        var database = await environment.Cluster.CreateDatabaseAsync("unmigrated");
        await using (var connection = new Npgsql.NpgsqlConnection(environment.Cluster.ConnectionString(DatabaseRoles.Owner, database)))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"DELETE FROM public.{PlatformDbContextOptions.HistoryTable}", connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var stack = await ApiStack.StartAsync(environment.Cluster, appConnectionString: environment.Cluster.ConnectionString(DatabaseRoles.App, database));
        using var response = await stack.Api.GetAsync("/health/ready");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("not applied", body);
        Assert.DoesNotContain("Host=", body);
    }

    [Fact]
    public async Task Not_ready_when_the_database_is_unreachable()
    {
        await using var stack = await ApiStack.StartAsync(environment.Cluster,
            appConnectionString: $"Host={environment.Cluster.SocketDirectory};Port=1;Database=platform;Username=platform_app;Timeout=2");
        using var response = await stack.Api.GetAsync("/health/ready");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("unreachable", body);
        Assert.Contains("event listener not connected", body);
        Assert.DoesNotContain("platform_app", body);
    }

    private sealed class FailingCheck(string name, string problem) : IReadinessCheck
    {
        public string Name => name;

        public Task<string?> ProblemAsync(CancellationToken ct) => Task.FromResult<string?>(problem);
    }
}
