using System.Security.Cryptography;
using Npgsql;
using Platform.Domain.Persistence;
using Platform.Domain.Security;
using Platform.Domain.Seeding;
using Platform.Domain.Tests.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Seeding;

/// <summary>Seeding twice replaces the demo tenants' data with identical rows and leaves other tenants alone.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoReseedTests(PostgresCluster cluster)
{
    private const string Digest =
        """
        SELECT md5(string_agg(concat_ws('|', id, name, id_number, phone, birth_date), ',' ORDER BY id)) FROM customers
        UNION ALL SELECT md5(string_agg(concat_ws('|', id, started_at, channel, agent_id, summary), ',' ORDER BY id)) FROM interactions
        UNION ALL SELECT md5(string_agg(concat_ws('|', id, complaint_id, to_status, changed_at), ',' ORDER BY id)) FROM complaint_status_history
        UNION ALL SELECT count(*)::text FROM policies
        """;

    [Fact]
    public async Task Seeding_again_gives_the_same_rows_not_twice_as_many_and_keeps_other_tenants()
    {
        var database = await cluster.CreateDatabaseAsync("reseed");
        var loader = cluster.ConnectionString(DatabaseRoles.Loader, database);
        var key = new MasterKey(RandomNumberGenerator.GetBytes(32));
        var other = Guid.NewGuid();
        await ExecuteAsync(loader, $"INSERT INTO tenants (id, code, name) VALUES ('{other}', 'other', '其他保险')");
        await ExecuteAsync(loader, $"INSERT INTO customers (tenant_id, id, name) VALUES ('{other}', '{Guid.NewGuid()}', '张三')");

        await DemoSeeder.RunAsync(loader, 1, key, TextWriter.Null, CancellationToken.None);
        var first = await DigestAsync(loader);
        await DemoSeeder.RunAsync(loader, 1, key, TextWriter.Null, CancellationToken.None);
        var second = await DigestAsync(loader);

        Assert.Equal(first, second);
        Assert.Equal("1000", second[^1]);
        Assert.Equal(1L, await ScalarAsync(loader, $"SELECT count(*) FROM customers WHERE tenant_id = '{other}'"));
    }

    [Fact]
    public async Task The_reference_check_passes_on_a_seed_and_names_a_dangling_reference_written_without_triggers()
    {
        var database = await cluster.CreateDatabaseAsync("refcheck");
        var loader = cluster.ConnectionString(DatabaseRoles.Loader, database);
        await DemoSeeder.RunAsync(loader, 1, null, TextWriter.Null, CancellationToken.None);
        await using (var connection = new NpgsqlConnection(loader))
        {
            await connection.OpenAsync();
            foreach (var tenant in DemoTenants.All)
            {
                await ReferenceCheck.VerifyAsync(connection, tenant.Id, CancellationToken.None);
            }
        }

        // A superuser in replica mode skips the foreign-key triggers, as the seeder's bulk mode does.
        var tenantId = DemoTenants.PingheProperty.Id;
        await ExecuteAsync(
            cluster.ConnectionString("postgres", database),
            "SET session_replication_role = replica; " +
            "INSERT INTO verification_attempts (tenant_id, id, interaction_id, attempted_at, method, succeeded) " +
            $"VALUES ('{tenantId}', '{Guid.NewGuid()}', '{Guid.NewGuid()}', now(), 'PolicyAndIdNumber', true)");

        await using var check = new NpgsqlConnection(loader);
        await check.OpenAsync();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ReferenceCheck.VerifyAsync(check, tenantId, CancellationToken.None));
        Assert.Contains("verification_attempts.interaction_id", failure.Message);
        await ReferenceCheck.VerifyAsync(check, DemoTenants.AnkangLife.Id, CancellationToken.None);
    }

    private static async Task<List<string>> DigestAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Digest, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
