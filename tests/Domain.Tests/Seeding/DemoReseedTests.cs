using System.Security.Cryptography;
using Npgsql;
using Platform.Domain.Persistence;
using Platform.Domain.Security;
using Platform.Domain.Seeding;
using Platform.Domain.Tests.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Seeding;

/// <summary>Seeding twice replaces the demo tenants' data with identical rows (deterministic ids and values) and leaves other tenants alone.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoReseedTests(PostgresCluster cluster)
{
    // Every table the seeder fills, compared row by row; data keys and sealed contents carry random nonces and are left out.
    private static readonly string[] SeededTables =
    [
        "tenant_calendar_days", "teams", "staff_members", "staff_role_assignments", "training_courses", "training_records",
        "psychological_assessments", "customers", "do_not_call_requests", "policies", "interactions", "verification_attempts",
        "complaints", "complaint_status_history", "recordings", "survey_responses",
    ];

    [Fact]
    public async Task Seeding_again_replaces_changed_demo_rows_with_the_same_ids_and_values_and_keeps_other_tenants()
    {
        var database = await cluster.CreateDatabaseAsync("reseed");
        var loader = cluster.ConnectionString(DatabaseRoles.Loader, database);
        var key = new MasterKey(RandomNumberGenerator.GetBytes(32));
        var other = Guid.NewGuid();
        await ExecuteAsync(loader, $"INSERT INTO tenants (id, code, name) VALUES ('{other}', 'other', '其他保险')");
        await ExecuteAsync(loader, $"INSERT INTO customers (tenant_id, id, name) VALUES ('{other}', '{Guid.NewGuid()}', '张三')");
        await ExecuteAsync(loader, $"INSERT INTO teams (tenant_id, id, name) VALUES ('{other}', '{Guid.NewGuid()}', '理赔一组')");
        var otherBefore = await DigestAsync(loader, other);

        await DemoSeeder.RunAsync(loader, 1, key, TextWriter.Null, CancellationToken.None);
        var first = await DigestAsync(loader, DemoTenants.AnkangLife.Id, DemoTenants.PingheProperty.Id);

        // Changes a user could make between two seeds: an extra row, an edited row, a removed row, an append-only entry.
        var ankang = DemoTenants.AnkangLife.Id;
        await ExecuteAsync(loader, $"INSERT INTO customers (tenant_id, id, name) VALUES ('{ankang}', '{Guid.NewGuid()}', '李四')");
        await ExecuteAsync(loader, $"UPDATE policies SET premium = premium + 1 WHERE tenant_id = '{DemoTenants.PingheProperty.Id}'");
        await ExecuteAsync(loader, $"DELETE FROM survey_responses WHERE id = (SELECT id FROM survey_responses WHERE tenant_id = '{ankang}' ORDER BY id LIMIT 1)");
        await ExecuteAsync(
            loader,
            "INSERT INTO access_log (tenant_id, id, actor_kind, actor_id, action, resource_type, resource_id, granted) " +
            $"VALUES ('{ankang}', '{Guid.NewGuid()}', 'Staff', 'x', 'ReadSensitiveField', 'Customer', '{Guid.NewGuid()}', true)");
        Assert.NotEqual(first, await DigestAsync(loader, DemoTenants.AnkangLife.Id, DemoTenants.PingheProperty.Id));

        await DemoSeeder.RunAsync(loader, 1, key, TextWriter.Null, CancellationToken.None);
        var second = await DigestAsync(loader, DemoTenants.AnkangLife.Id, DemoTenants.PingheProperty.Id);

        Assert.Equal(first, second);
        Assert.Equal(1000L, await ScalarAsync(loader, "SELECT count(*) FROM policies"));
        Assert.Equal(0L, await ScalarAsync(loader, "SELECT count(*) FROM access_log"));
        Assert.Equal(2L * DemoSeeder.EncryptedContentsPerTenant, await ScalarAsync(loader, "SELECT count(*) FROM recording_contents"));
        Assert.Equal(otherBefore, await DigestAsync(loader, other));
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

    // One md5 per seeded table over the full text of every row of the given tenants, plus the tenants' own rows.
    private static async Task<List<string>> DigestAsync(string connectionString, params Guid[] tenants)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var values = new List<string>();
        foreach (var table in SeededTables.Prepend("tenants"))
        {
            var tenantColumn = table == "tenants" ? "id" : "tenant_id";
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM {table} t WHERE {tenantColumn} = ANY($1)",
                connection);
            command.Parameters.AddWithValue(tenants);
            values.Add($"{table} {await command.ExecuteScalarAsync()}");
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
