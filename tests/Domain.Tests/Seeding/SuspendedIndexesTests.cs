using Npgsql;
using Platform.Domain.Persistence;
using Platform.Domain.Seeding;
using Platform.Domain.Tests.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Seeding;

/// <summary>A bulk load's dropped indexes always come back exactly as the migrations defined them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SuspendedIndexesTests(PostgresCluster cluster)
{
    private const string IndexDefinitions =
        """
        SELECT string_agg(indexdef, E'\n' ORDER BY indexname) FROM pg_indexes
        WHERE schemaname = 'public' AND tablename IN ('customers', 'policies', 'interactions', 'recordings')
        """;

    [Fact]
    public async Task Suspending_drops_only_non_unique_secondary_indexes_and_restoring_rebuilds_the_same_definitions()
    {
        var database = await cluster.CreateDatabaseAsync("indexes");
        await using var owner = NpgsqlDataSource.Create(cluster.ConnectionString(DatabaseRoles.Owner, database));
        var before = await ScalarAsync<string>(owner, IndexDefinitions);

        var dropped = await SuspendedIndexes.SuspendAsync(owner, CancellationToken.None);

        var during = await ScalarAsync<string>(owner, IndexDefinitions);
        Assert.True(dropped > 10, $"only {dropped} indexes dropped");
        Assert.Contains("CREATE UNIQUE INDEX interactions_pkey", during);
        Assert.Contains("policies_tenant_id_policy_number_key", during);
        Assert.DoesNotContain("ix_interactions_started", during);
        Assert.Equal((long)dropped, await ScalarAsync<long>(owner, $"SELECT count(*) FROM {SuspendedIndexes.LedgerTable}"));

        Assert.Equal(dropped, await SuspendedIndexes.RestoreAsync(owner, 2, CancellationToken.None));

        Assert.Equal(before, await ScalarAsync<string>(owner, IndexDefinitions));
        Assert.Equal(0L, await ScalarAsync<long>(owner, $"SELECT count(*) FROM {SuspendedIndexes.LedgerTable}"));
        Assert.Equal(0, await SuspendedIndexes.RestoreAsync(owner, 2, CancellationToken.None));
    }

    [Fact]
    public async Task A_seed_rebuilds_the_indexes_an_interrupted_earlier_seed_left_suspended()
    {
        var database = await cluster.CreateDatabaseAsync("indexes");
        var ownerConnectionString = cluster.ConnectionString(DatabaseRoles.Owner, database);
        await using var owner = NpgsqlDataSource.Create(ownerConnectionString);
        var before = await ScalarAsync<string>(owner, IndexDefinitions);
        // An earlier seed dropped the indexes and was killed before it could rebuild them.
        await SuspendedIndexes.SuspendAsync(owner, CancellationToken.None);
        var log = new StringWriter();

        await DemoSeeder.RunAsync(
            cluster.ConnectionString(DatabaseRoles.Loader, database), ownerConnectionString, 1, masterKey: null, log, CancellationToken.None);

        Assert.Equal(before, await ScalarAsync<string>(owner, IndexDefinitions));
        Assert.Contains("indexes an interrupted earlier seed had dropped", log.ToString());
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
