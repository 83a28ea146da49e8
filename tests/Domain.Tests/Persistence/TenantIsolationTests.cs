using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Domain.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Persistence;

/// <summary>R-TEN-01: one tenant's unit of work can neither see nor change another tenant's rows, by EF or by raw SQL.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Rule", "R-TEN-01")]
public sealed class TenantIsolationTests(PostgresCluster cluster) : IAsyncLifetime
{
    private IsolatedDatabase _db = null!;

    public async Task InitializeAsync() => _db = await IsolatedDatabase.CreateAsync(cluster);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task R_TEN_01_ef_query_returns_only_the_current_tenants_rows()
    {
        await using var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA);
        var ids = await work.Db.Customers.Select(c => c.Id).ToListAsync();
        Assert.Equal([IsolatedDatabase.CustomerOfA], ids);
    }

    [Fact]
    public async Task R_TEN_01_ef_filter_hides_other_tenant_even_when_asked_by_key_and_tenant()
    {
        await using var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA);
        var stolen = await work.Db.Customers
            .Where(c => c.TenantId == IsolatedDatabase.TenantB && c.Id == IsolatedDatabase.CustomerOfB)
            .SingleOrDefaultAsync();
        Assert.Null(stolen);

        // With the EF filter switched off, row-level security still hides the row: the second layer holds.
        var unfiltered = await work.Db.Customers.IgnoreQueryFilters().Select(c => c.TenantId).Distinct().ToListAsync();
        Assert.Equal([IsolatedDatabase.TenantA], unfiltered);
    }

    [Fact]
    public async Task R_TEN_01_ef_filter_alone_holds_when_row_level_security_is_bypassed()
    {
        // The loader role bypasses row-level security, so only the EF query filter stands between the tenants here.
        var options = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformDbContextOptions.Configure(options, _db.ConnectionString(DatabaseRoles.Loader));
        await using var scoped = new PlatformDbContext(options.Options, IsolatedDatabase.TenantA);
        Assert.Equal([IsolatedDatabase.CustomerOfA], await scoped.Customers.Select(c => c.Id).ToListAsync());
        Assert.Equal(2, await scoped.Customers.IgnoreQueryFilters().CountAsync());

        await using var unscoped = new PlatformDbContext(options.Options, tenantId: null);
        Assert.Equal(0, await unscoped.Customers.CountAsync());
    }

    [Fact]
    public async Task R_TEN_01_ef_update_of_other_tenants_row_changes_nothing()
    {
        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            var forged = IsolatedDatabase.NewCustomer(IsolatedDatabase.TenantB, "李四");
            forged.Id = IsolatedDatabase.CustomerOfB;
            work.Db.Customers.Attach(forged);
            forged.Name = "hijacked";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => work.CommitAsync());
        }

        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            var updated = await work.Db.Customers.IgnoreQueryFilters()
                .Where(c => c.Id == IsolatedDatabase.CustomerOfB)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "hijacked"));
            Assert.Equal(0, updated);
            await work.CommitAsync();
        }

        Assert.Equal(0, await _db.ScalarAsync(DatabaseRoles.Loader, "SELECT count(*) FROM customers WHERE name = 'hijacked'"));
    }

    [Fact]
    public async Task R_TEN_01_ef_delete_of_other_tenants_row_deletes_nothing()
    {
        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            var forged = IsolatedDatabase.NewCustomer(IsolatedDatabase.TenantB, "李四");
            forged.Id = IsolatedDatabase.CustomerOfB;
            work.Db.Customers.Remove(forged);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => work.CommitAsync());
        }

        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            var deleted = await work.Db.Customers.IgnoreQueryFilters()
                .Where(c => c.Id == IsolatedDatabase.CustomerOfB).ExecuteDeleteAsync();
            Assert.Equal(0, deleted);
            await work.CommitAsync();
        }

        Assert.Equal(1, await _db.ScalarAsync(DatabaseRoles.Loader, $"SELECT count(*) FROM customers WHERE id = '{IsolatedDatabase.CustomerOfB}'"));
    }

    [Fact]
    public async Task R_TEN_01_raw_sql_on_the_app_connection_sees_only_the_current_tenant()
    {
        await using var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantB);
        await using var command = new NpgsqlCommand("SELECT tenant_id, id_number FROM customers", work.Connection, work.Transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        Assert.Equal([(IsolatedDatabase.TenantB, "110101198001015678")], rows);
    }

    [Fact]
    public async Task R_TEN_01_insert_carrying_another_tenants_id_is_refused_by_the_policy()
    {
        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            work.Db.Customers.Add(IsolatedDatabase.NewCustomer(IsolatedDatabase.TenantB, "smuggled"));
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => work.CommitAsync());
            var postgres = Assert.IsType<PostgresException>(error.InnerException);
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, postgres.SqlState);
        }

        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO customers (tenant_id, id, name) VALUES ($1, $2, 'smuggled')", work.Connection, work.Transaction)
            {
                Parameters = { new() { Value = IsolatedDatabase.TenantB }, new() { Value = Guid.CreateVersion7() } },
            };
            var raw = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, raw.SqlState);
        }

        Assert.Equal(0, await _db.ScalarAsync(DatabaseRoles.Loader, "SELECT count(*) FROM customers WHERE name = 'smuggled'"));
    }

    [Fact]
    public async Task R_TEN_01_update_moving_a_row_to_another_tenant_is_refused()
    {
        await using var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA);
        await using var command = new NpgsqlCommand("UPDATE customers SET tenant_id = $1", work.Connection, work.Transaction)
        {
            Parameters = { new() { Value = IsolatedDatabase.TenantB } },
        };
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task R_TEN_01_own_tenant_writes_succeed_through_the_unit_of_work()
    {
        var id = Guid.Empty;
        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            var customer = IsolatedDatabase.NewCustomer(IsolatedDatabase.TenantA, "王五");
            id = customer.Id;
            work.Db.Customers.Add(customer);
            await work.CommitAsync();
        }

        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            Assert.Equal("王五", (await work.Db.Customers.SingleAsync(c => c.Id == id)).Name);
        }

        await using (var work = await _db.Tenants.BeginAsync(IsolatedDatabase.TenantB))
        {
            Assert.False(await work.Db.Customers.IgnoreQueryFilters().AnyAsync(c => c.Id == id));
        }
    }

    [Fact]
    public async Task R_TEN_01_without_a_tenant_the_app_sees_zero_rows_and_cannot_insert()
    {
        await using (var connection = await _db.AppSource.OpenConnectionAsync())
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM customers", connection);
            Assert.Equal(0L, await count.ExecuteScalarAsync());

            await using var insert = new NpgsqlCommand("INSERT INTO customers (tenant_id, id, name) VALUES ($1, $2, 'x')", connection)
            {
                Parameters = { new() { Value = IsolatedDatabase.TenantA }, new() { Value = Guid.CreateVersion7() } },
            };
            var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }

        await using var platform = _db.Tenants.CreatePlatformContext();
        Assert.Equal(0, await platform.Customers.CountAsync());
        Assert.Equal(0, await platform.Customers.IgnoreQueryFilters().CountAsync());
        Assert.Equal(2, await platform.Tenants.CountAsync());
    }

    [Fact]
    public async Task R_TEN_01_a_pooled_connection_never_carries_the_previous_tenant()
    {
        // One physical connection: every unit of work below reuses it.
        await using var single = await IsolatedDatabase.CreateAsync(cluster, appPoolSize: 1);
        int backend;
        await using (var work = await single.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            backend = work.Connection.ProcessID;
            Assert.Equal(1, await work.Db.Customers.CountAsync());
            await work.CommitAsync();
        }

        await using (var connection = await single.AppSource.OpenConnectionAsync())
        {
            Assert.Equal(backend, connection.ProcessID);
            await using var setting = new NpgsqlCommand("SELECT coalesce(current_setting('app.tenant_id', true), '')", connection);
            Assert.Equal("", await setting.ExecuteScalarAsync());
            await using var count = new NpgsqlCommand("SELECT count(*) FROM customers", connection);
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }

        // A rolled-back unit of work leaves nothing behind either.
        await using (var work = await single.Tenants.BeginAsync(IsolatedDatabase.TenantA))
        {
            Assert.Equal(backend, work.Connection.ProcessID);
        }

        await using (var work = await single.Tenants.BeginAsync(IsolatedDatabase.TenantB))
        {
            Assert.Equal(backend, work.Connection.ProcessID);
            var tenants = await work.Db.Customers.IgnoreQueryFilters().Select(c => c.TenantId).Distinct().ToListAsync();
            Assert.Equal([IsolatedDatabase.TenantB], tenants);
        }
    }
}
