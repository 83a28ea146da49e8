using Npgsql;
using Platform.Domain.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Persistence;

/// <summary>The throwaway cluster gives each role the rights the design says it has.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterFixtureTests(PostgresCluster cluster)
{
    [Fact]
    public async Task App_role_connects_and_is_neither_superuser_nor_bypassing_rls()
    {
        await using var connection = new NpgsqlConnection(cluster.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(DatabaseRoles.App, reader.GetString(0));
        Assert.False(reader.GetBoolean(1));
        Assert.False(reader.GetBoolean(2));
    }

    [Fact]
    public async Task Cloned_database_is_migrated_and_separate()
    {
        var name = await cluster.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(DatabaseRoles.Owner, name));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT current_database(), count(*) FROM public.\"{PlatformDbContextOptions.HistoryTable}\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(name, reader.GetString(0));
        Assert.True(reader.GetInt64(1) > 0);
    }
}
