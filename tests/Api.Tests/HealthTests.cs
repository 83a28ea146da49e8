using System.Net;
using System.Text.Json;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests;

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
        Assert.Equal("ready", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Not_ready_when_migrations_are_missing()
    {
        // A database with no migration history at all: the probe must not call it ready.
        var database = await environment.Cluster.CreateDatabaseAsync("unmigrated");
        await using (var connection = new Npgsql.NpgsqlConnection(environment.Cluster.ConnectionString(DatabaseRoles.Owner, database)))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"GRANT SELECT ON public.{PlatformDbContextOptions.HistoryTable} TO {DatabaseRoles.App}; DELETE FROM public.{PlatformDbContextOptions.HistoryTable}", connection);
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
        Assert.DoesNotContain("platform_app", body);
    }
}
