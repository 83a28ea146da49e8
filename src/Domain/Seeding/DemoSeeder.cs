using System.Diagnostics;
using Npgsql;
using Platform.Domain.Recordings.Storage;
using Platform.Domain.Security;

namespace Platform.Domain.Seeding;

/// <summary>
/// Loads deterministic demo and volume data for the two demo insurers (安康人寿 <c>ankang-life</c> and 平和财险
/// <c>pinghe-property</c>), replacing whatever those two tenants had before. Other tenants are never touched.
/// </summary>
public static class DemoSeeder
{
    /// <summary>How many recordings per tenant get real (encrypted) content at scale 1.</summary>
    public const int EncryptedContentsPerTenant = 3;

    /// <summary>Smallest scale loaded in bulk mode (when the server allows it).</summary>
    public const int BulkModeFromScale = 10;

    /// <summary>
    /// Seeds both demo tenants at the given scale (see <see cref="SeedScale"/>: per tenant 300·s customers,
    /// 500·s policies, 1000·s interactions, 20·s complaints, 100·s surveys; s = 1 is the small demo set of a few
    /// thousand rows, s = 1000 gives 1,000,000 policies and 2,000,000 interactions in total). Output is identical on
    /// every run (fixed random seeds, fixed dates). Connects as the loader role (BYPASSRLS, needed by binary COPY).
    /// At scale 1 a few recordings also get encrypted demo audio when a master key is available (configuration, or
    /// the Development key file under <c>.data/</c>; the data directory is PLATFORM_DATA_DIR or ./.data).
    /// </summary>
    public static Task RunAsync(string loaderConnectionString, int scale, TextWriter log, CancellationToken ct) =>
        RunAsync(loaderConnectionString, null, scale, log, ct);

    /// <summary>
    /// As <see cref="RunAsync(string, int, TextWriter, CancellationToken)"/>; the owner's connection string (optional)
    /// lets a bulk load suspend secondary indexes (see <see cref="SuspendedIndexes"/>).
    /// </summary>
    public static Task RunAsync(string loaderConnectionString, string? ownerConnectionString, int scale, TextWriter log, CancellationToken ct)
    {
        MasterKey? masterKey = null;
        if (scale == 1)
        {
            try
            {
                var dataDirectory = Environment.GetEnvironmentVariable("PLATFORM_DATA_DIR") ?? Path.Combine(Directory.GetCurrentDirectory(), ".data");
                masterKey = MasterKeyProvider.Load(MasterKeySettings.FromEnvironment(dataDirectory));
            }
            catch (MasterKeyUnavailableException e)
            {
                log.WriteLine($"seed: recording contents skipped: {e.Message}");
            }
        }

        return RunAsync(loaderConnectionString, ownerConnectionString, scale, masterKey, log, ct);
    }

    /// <summary>As <see cref="RunAsync(string, int, TextWriter, CancellationToken)"/>, with an explicit master key (null: no contents).</summary>
    public static Task RunAsync(string loaderConnectionString, int scale, MasterKey? masterKey, TextWriter log, CancellationToken ct) =>
        RunAsync(loaderConnectionString, null, scale, masterKey, log, ct);

    /// <summary>
    /// As <see cref="RunAsync(string, int, MasterKey?, TextWriter, CancellationToken)"/>; with the owner's connection
    /// string a bulk load (scale of at least <see cref="BulkModeFromScale"/>) also drops the secondary indexes of the
    /// large tables and rebuilds them afterwards (see <see cref="SuspendedIndexes"/>), which halves a large load.
    /// </summary>
    public static async Task RunAsync(
        string loaderConnectionString, string? ownerConnectionString, int scale, MasterKey? masterKey, TextWriter log, CancellationToken ct)
    {
        var seedScale = SeedScale.Of(scale);
        var started = Stopwatch.GetTimestamp();
        var synchronizedLog = TextWriter.Synchronized(log);
        void Log(string line) => synchronizedLog.WriteLine($"seed: {line}");

        await using var dataSource = NpgsqlDataSource.Create(LongRunning(loaderConnectionString));
        await using var owner = ownerConnectionString is null ? null : NpgsqlDataSource.Create(LongRunning(ownerConnectionString));
        if (owner is not null && await SuspendedIndexes.RestoreAsync(owner, 2, ct) is var leftovers and > 0)
        {
            Log($"rebuilt {leftovers} indexes an interrupted earlier seed had dropped");
        }

        // One connection and one thread per tenant: tenants share no rows, so they load side by side.
        var connections = await Task.WhenAll(DemoTenants.All.Select(_ => dataSource.OpenConnectionAsync(ct).AsTask()));
        try
        {
            var bulk = await Task.WhenAll(DemoTenants.All.Select((tenant, n) => Task.Run(
                () => PrepareAsync(connections[n], tenant, scale, line => Log($"{tenant.Slug}: {line}"), ct), ct)));
            var suspended = owner is not null && bulk.All(b => b);
            if (suspended)
            {
                Log($"dropped {await SuspendedIndexes.SuspendAsync(owner!, ct)} secondary indexes for the load");
            }

            try
            {
                await Task.WhenAll(DemoTenants.All.Select((tenant, n) => Task.Run(
                    () => new TenantLoader(connections[n], new TenantWorld(tenant, seedScale), Log).Load(ct), ct)));
            }
            finally
            {
                if (suspended)
                {
                    var rebuilding = Stopwatch.GetTimestamp();
                    // Not cancelled: the indexes must come back even when the load was interrupted.
                    var rebuilt = await SuspendedIndexes.RestoreAsync(owner!, 2, CancellationToken.None);
                    Log($"rebuilt {rebuilt} indexes and refreshed statistics in {Stopwatch.GetElapsedTime(rebuilding).TotalSeconds:F1} s");
                }
            }

            // Both tenants per query (one scan of each child table), the references split over the connections.
            var checkedTenants = DemoTenants.All.Where((_, n) => bulk[n]).Select(t => t.Id).ToArray();
            if (checkedTenants.Length > 0)
            {
                var checking = Stopwatch.GetTimestamp();
                await Task.WhenAll(connections.Select((connection, n) => ReferenceCheck.VerifyAsync(
                    connection, checkedTenants, ReferenceCheck.References.Where((_, r) => r % connections.Length == n), ct)));
                Log($"every reference checked in {Stopwatch.GetElapsedTime(checking).TotalSeconds:F1} s");
            }
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }

        if (masterKey is not null)
        {
            await StoreDemoContentsAsync(dataSource, seedScale, masterKey, ct);
            Log($"encrypted demo audio stored for {EncryptedContentsPerTenant} recordings per tenant");
        }

        Log($"scale {scale} done in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }

    private static string LongRunning(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        // One COPY or index build of a large table can run for minutes.
        CommandTimeout = 0,
        Options = "-c synchronous_commit=off",
    }.ConnectionString;

    // Creates or refreshes the tenant row and removes its old data; returns whether the load runs in bulk mode.
    private static async Task<bool> PrepareAsync(NpgsqlConnection connection, DemoTenant tenant, int scale, Action<string> log, CancellationToken ct)
    {
        await UpsertTenantAsync(connection, tenant, ct);
        // Removing a whole tenant cannot leave a dangling reference inside it, so the removal always runs without
        // per-row triggers when allowed (otherwise replacing a large seed takes far longer than loading it).
        var bulk = await TryEnterBulkModeAsync(connection, ct);
        await DemoTenantRemoval.RemoveAsync(connection, tenant.Id, log, ct);
        if (bulk && scale < BulkModeFromScale)
        {
            await using var origin = new NpgsqlCommand("SET session_replication_role = origin", connection);
            await origin.ExecuteNonQueryAsync(ct);
            return false;
        }

        if (bulk)
        {
            log("bulk mode (no per-row foreign-key triggers; set-based check afterwards)");
        }

        return bulk;
    }

    // Per-row foreign-key triggers dominate a large load. When the server lets the loader switch them off
    // (GRANT SET ON PARAMETER session_replication_role, PostgreSQL 15+), large seeds load without them and verify
    // every reference set-based afterwards; small seeds load with the triggers so the database itself checks them.
    private static async Task<bool> TryEnterBulkModeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            await using var probe = new NpgsqlCommand(
                "SELECT has_parameter_privilege('session_replication_role', 'SET')", connection);
            if (await probe.ExecuteScalarAsync(ct) is not true)
            {
                return false;
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedFunction)
        {
            return false;
        }

        await using var set = new NpgsqlCommand("SET session_replication_role = replica", connection);
        await set.ExecuteNonQueryAsync(ct);
        return true;
    }

    private static async Task UpsertTenantAsync(NpgsqlConnection connection, DemoTenant tenant, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO tenants (id, code, name, status, time_zone, created_at)
            VALUES ($1, $2, $3, 'Active', 'Asia/Shanghai', '2018-01-01T00:00:00Z')
            ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, status = 'Active',
              suspended_at = NULL, time_zone = EXCLUDED.time_zone,
              working_day_calls_from = '08:30', working_day_calls_until = '17:30',
              other_day_calls_from = '09:00', other_day_calls_until = '17:00'
            """, connection);
        command.Parameters.AddWithValue(tenant.Id);
        command.Parameters.AddWithValue(tenant.Slug);
        command.Parameters.AddWithValue(tenant.Name);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task StoreDemoContentsAsync(NpgsqlDataSource dataSource, SeedScale scale, MasterKey masterKey, CancellationToken ct)
    {
        var store = new PostgresRecordingContentStore(dataSource, masterKey);
        foreach (var tenant in DemoTenants.All)
        {
            var world = new TenantWorld(tenant, scale);
            var interactions = new InteractionGenerator(world, new CustomerGenerator(world));
            var stored = 0;
            for (var i = 0; i < scale.Interactions && stored < EncryptedContentsPerTenant; i++)
            {
                if (interactions.Generate(i).IsAnsweredCall)
                {
                    var audio = DemoAudio.Tone(1.5, 440 + (110 * stored));
                    await store.SaveAsync(tenant.Id, world.Id(SeedTable.Recording, i), new RecordingContent("audio/wav", audio), ct);
                    stored++;
                }
            }
        }
    }
}
