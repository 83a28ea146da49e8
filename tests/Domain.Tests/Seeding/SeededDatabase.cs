using System.Security.Cryptography;
using Platform.Domain.Persistence;
using Platform.Domain.Security;
using Platform.Domain.Seeding;
using Platform.Testing;

namespace Platform.Domain.Tests.Seeding;

/// <summary>A fresh database with the small demo set (scale 1) loaded once for the seed tests.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    /// <summary>The master key the seed's encrypted demo contents were sealed with.</summary>
    public MasterKey MasterKey { get; } = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The seeder's log of the first run.</summary>
    public string Log { get; private set; } = "";

    /// <summary>Name of the seeded database.</summary>
    public string Database { get; private set; } = "";

    /// <summary>Connection string for a role on the seeded database.</summary>
    public string As(string role) => _cluster!.ConnectionString(role, Database);

    /// <summary>Creates and seeds the database (once per test class).</summary>
    public async Task SeedAsync(PostgresCluster cluster)
    {
        if (_cluster is not null)
        {
            return;
        }

        _cluster = cluster;
        Database = await cluster.CreateDatabaseAsync("seeded");
        var log = new StringWriter();
        await DemoSeeder.RunAsync(As(DatabaseRoles.Loader), 1, MasterKey, log, CancellationToken.None);
        Log = log.ToString();
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;
}
