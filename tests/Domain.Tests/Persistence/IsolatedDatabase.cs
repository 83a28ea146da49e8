using Npgsql;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Persistence;

/// <summary>A fresh database with two tenants, A and B, each owning one customer, plus an app-role data source.</summary>
internal sealed class IsolatedDatabase : IAsyncDisposable
{
    private IsolatedDatabase(PostgresCluster cluster, string name, NpgsqlDataSource appSource)
    {
        Cluster = cluster;
        Name = name;
        AppSource = appSource;
        Tenants = new TenantDatabase(appSource);
    }

    public static readonly Guid TenantA = Guid.Parse("0199a000-0000-7000-8000-00000000000a");
    public static readonly Guid TenantB = Guid.Parse("0199a000-0000-7000-8000-00000000000b");
    public static readonly Guid CustomerOfA = Guid.Parse("0199a000-0000-7000-8000-0000000000ca");
    public static readonly Guid CustomerOfB = Guid.Parse("0199a000-0000-7000-8000-0000000000cb");

    public PostgresCluster Cluster { get; }

    public string Name { get; }

    public NpgsqlDataSource AppSource { get; }

    public TenantDatabase Tenants { get; }

    public string ConnectionString(string role) => Cluster.ConnectionString(role, Name);

    public static async Task<IsolatedDatabase> CreateAsync(PostgresCluster cluster, int appPoolSize = 20)
    {
        var name = await cluster.CreateDatabaseAsync("isolation");
        var builder = new NpgsqlConnectionStringBuilder(cluster.ConnectionString(DatabaseRoles.App, name)) { MaxPoolSize = appPoolSize };
        var database = new IsolatedDatabase(cluster, name, NpgsqlDataSource.Create(builder.ConnectionString));
        await database.SeedAsync();
        return database;
    }

    public async Task<long> ScalarAsync(string role, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(role));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync() => await AppSource.DisposeAsync();

    // The loader bypasses row-level security, so it can write both tenants in one go.
    private async Task SeedAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString(DatabaseRoles.Loader));
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("INSERT INTO tenants (id, code, name) VALUES ($1, 'a', 'Insurer A'), ($2, 'b', 'Insurer B')")
                {
                    Parameters = { new() { Value = TenantA }, new() { Value = TenantB } },
                },
                new NpgsqlBatchCommand(
                    "INSERT INTO customers (tenant_id, id, name, phone, id_number) " +
                    "VALUES ($1, $2, '张三', '13800000001', '110101199001011234'), ($3, $4, '李四', '13900000002', '110101198001015678')")
                {
                    Parameters = { new() { Value = TenantA }, new() { Value = CustomerOfA }, new() { Value = TenantB }, new() { Value = CustomerOfB } },
                },
            },
        };
        await batch.ExecuteNonQueryAsync();
    }

    public static Customer NewCustomer(Guid tenant, string name) => new()
    {
        TenantId = tenant,
        Id = Guid.CreateVersion7(),
        Name = name,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
