using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Domain.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Persistence;

/// <summary>Walks the migrated catalog: isolation and least privilege hold for every table, including future ones.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaSafetyTests(PostgresCluster cluster)
{
    private static readonly string[] AppendOnlyTables =
        ["complaint_status_history", "complaint_clock_events", "domain_events", "recording_tombstones", "access_log"];

    [Fact]
    [Trait("Rule", "R-TEN-01")]
    public async Task Every_table_with_a_tenant_id_forces_row_level_security_with_the_tenant_policy()
    {
        var tables = await TenantTablesAsync(cluster.SuperuserConnectionString);
        Assert.True(tables.Count >= 20, $"expected the tenant tables, found {tables.Count}");
        Assert.Empty(tables.Where(t => !t.Safe).Select(t => t.Table));
    }

    [Fact]
    [Trait("Rule", "R-TEN-01")]
    public async Task Catalog_walk_flags_a_tenant_table_without_forced_security_or_with_a_loose_policy()
    {
        var database = await cluster.CreateDatabaseAsync("walk");
        await using (var owner = new NpgsqlConnection(cluster.ConnectionString(DatabaseRoles.Owner, database)))
        {
            await owner.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                CREATE TABLE probe_unprotected (tenant_id uuid, id uuid);
                CREATE TABLE probe_not_forced (tenant_id uuid, id uuid);
                ALTER TABLE probe_not_forced ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON probe_not_forced
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                CREATE TABLE probe_loose (tenant_id uuid, id uuid);
                SELECT platform_protect_tenant_table('probe_loose');
                CREATE POLICY everything ON probe_loose USING (true);
                """, owner);
            await command.ExecuteNonQueryAsync();
        }

        var flagged = (await TenantTablesAsync(cluster.ConnectionString("postgres", database)))
            .Where(t => !t.Safe).Select(t => t.Table).Order().ToList();
        Assert.Equal(["probe_loose", "probe_not_forced", "probe_unprotected"], flagged);
    }

    // A tenant table is safe when RLS is enabled and forced and its only policy is the tenant equality
    // for both reading (USING) and writing (WITH CHECK); any extra permissive policy would widen access.
    private static async Task<List<(string Table, bool Safe)>> TenantTablesAsync(string superuserConnectionString)
    {
        return await RowsAsync(superuserConnectionString,
            """
            SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity
                   AND (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) = 1
                   AND EXISTS (SELECT 1 FROM pg_policy p
                     WHERE p.polrelid = c.oid AND p.polcmd = '*' AND p.polpermissive
                       AND pg_get_expr(p.polqual, p.polrelid) LIKE '%tenant_id = (NULLIF(current_setting(''app.tenant_id''::text, true), ''''::text))::uuid%'
                       AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%tenant_id = (NULLIF(current_setting(''app.tenant_id''::text, true), ''''::text))::uuid%')
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            ORDER BY 1
            """,
            r => (r.GetString(0), r.GetBoolean(1)));
    }

    [Fact]
    public async Task App_and_identity_roles_own_nothing_and_cannot_bypass_row_level_security()
    {
        var roles = await RowsAsync(
            $"""
            SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                   (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)
            FROM pg_roles r WHERE r.rolname IN ('{DatabaseRoles.App}', '{DatabaseRoles.Identity}')
            """,
            r => (Role: r.GetString(0), Super: r.GetBoolean(1), Bypass: r.GetBoolean(2), Owned: r.GetInt64(3)));

        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.False(r.Super || r.Bypass || r.Owned > 0, $"{r.Role} has too many rights"));
    }

    [Fact]
    public async Task App_role_may_only_insert_and_select_on_append_only_tables()
    {
        foreach (var table in AppendOnlyTables)
        {
            var rights = await RowsAsync(
                $"""
                SELECT has_table_privilege('{DatabaseRoles.App}', '{table}', 'INSERT'),
                       has_table_privilege('{DatabaseRoles.App}', '{table}', 'SELECT'),
                       has_table_privilege('{DatabaseRoles.App}', '{table}', 'UPDATE'),
                       has_table_privilege('{DatabaseRoles.App}', '{table}', 'DELETE'),
                       has_table_privilege('{DatabaseRoles.App}', '{table}', 'TRUNCATE')
                """,
                r => (Insert: r.GetBoolean(0), Select: r.GetBoolean(1), Update: r.GetBoolean(2), Delete: r.GetBoolean(3), Truncate: r.GetBoolean(4)));
            Assert.Equal((true, true, false, false, false), rights.Single());
        }
    }

    [Fact]
    [Trait("Rule", "R-PII-04")]
    [Trait("Rule", "R-CMP-01")]
    public async Task Append_only_tables_refuse_update_delete_and_truncate_even_for_the_owner()
    {
        await using var connection = new NpgsqlConnection(cluster.OwnerConnectionString);
        await connection.OpenAsync();
        foreach (var table in AppendOnlyTables)
        {
            foreach (var statement in new[] { $"UPDATE {table} SET tenant_id = tenant_id", $"DELETE FROM {table}", $"TRUNCATE {table} CASCADE" })
            {
                await using var command = new NpgsqlCommand(statement, connection);
                var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
            }
        }
    }

    [Fact]
    [Trait("Rule", "R-PII-04")]
    public async Task Append_only_row_cannot_be_changed_after_insert()
    {
        await using var db = await IsolatedDatabase.CreateAsync(cluster);
        await using var work = await db.Tenants.BeginAsync(IsolatedDatabase.TenantA);
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO access_log (tenant_id, id, actor_kind, actor_id, action, resource_type, resource_id, granted) " +
            "VALUES ($1, $2, 'Staff', 's1', 'ReadSensitiveField', 'Customer', $3, true)", work.Connection, work.Transaction))
        {
            insert.Parameters.AddWithValue(IsolatedDatabase.TenantA);
            insert.Parameters.AddWithValue(Guid.CreateVersion7());
            insert.Parameters.AddWithValue(IsolatedDatabase.CustomerOfA);
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        await using var update = new NpgsqlCommand("UPDATE access_log SET granted = false", work.Connection, work.Transaction);
        var error = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Loader_may_delete_append_only_rows_only_of_the_tenant_it_names()
    {
        await using var db = await IsolatedDatabase.CreateAsync(cluster);
        foreach (var tenant in new[] { IsolatedDatabase.TenantA, IsolatedDatabase.TenantB })
        {
            await using var work = await db.Tenants.BeginAsync(tenant);
            await using var insert = new NpgsqlCommand(
                "INSERT INTO access_log (tenant_id, id, actor_kind, actor_id, action, resource_type, resource_id, granted) " +
                "VALUES ($1, $2, 'Staff', 's1', 'ReadSensitiveField', 'Customer', $2, true)", work.Connection, work.Transaction)
            {
                Parameters = { new() { Value = tenant }, new() { Value = Guid.CreateVersion7() } },
            };
            await insert.ExecuteNonQueryAsync();
            await work.CommitAsync();
        }

        await using var loader = new NpgsqlConnection(db.ConnectionString(DatabaseRoles.Loader));
        await loader.OpenAsync();

        // Without naming a tenant: refused.
        await using (var plain = new NpgsqlCommand("DELETE FROM access_log", loader))
        {
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => plain.ExecuteNonQueryAsync())).SqlState);
        }

        await using var transaction = await loader.BeginTransactionAsync();
        await using (var name = new NpgsqlCommand("SELECT set_config('platform.remove_tenant', $1, true)", loader, transaction))
        {
            name.Parameters.AddWithValue(IsolatedDatabase.TenantA.ToString());
            await name.ExecuteNonQueryAsync();
        }

        // Naming A but touching B's rows: refused.
        await using (var other = new NpgsqlCommand("DELETE FROM access_log", loader, transaction))
        {
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => other.ExecuteNonQueryAsync())).SqlState);
        }

        await transaction.RollbackAsync();
        await using var second = await loader.BeginTransactionAsync();
        await using (var name = new NpgsqlCommand("SELECT set_config('platform.remove_tenant', $1, true)", loader, second))
        {
            name.Parameters.AddWithValue(IsolatedDatabase.TenantA.ToString());
            await name.ExecuteNonQueryAsync();
        }

        await using (var own = new NpgsqlCommand("DELETE FROM access_log WHERE tenant_id = $1", loader, second))
        {
            own.Parameters.AddWithValue(IsolatedDatabase.TenantA);
            Assert.Equal(1, await own.ExecuteNonQueryAsync());
        }

        await second.CommitAsync();
        Assert.Equal(1, await db.ScalarAsync(DatabaseRoles.Loader, "SELECT count(*) FROM access_log"));
    }

    [Fact]
    public async Task Every_entity_property_of_the_ef_model_exists_as_a_column_of_its_table()
    {
        var columns = (await RowsAsync(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
            r => $"{r.GetString(0)}.{r.GetString(1)}")).ToHashSet();
        columns.UnionWith((await RowsAsync(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", r => r.GetString(0)))
            .Select(t => $"{t}.xmin"));

        var options = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformDbContextOptions.Configure(options, cluster.OwnerConnectionString);
        await using var db = new PlatformDbContext(options.Options, tenantId: null);
        var missing = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()}"))
            .Where(c => !columns.Contains(c))
            .ToList();
        Assert.Empty(missing);
    }

    private Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read) =>
        RowsAsync(cluster.SuperuserConnectionString, sql, read);

    private static async Task<List<T>> RowsAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
