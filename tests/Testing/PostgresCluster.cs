using System.Net;
using System.Net.Sockets;
using Npgsql;
using Platform.Domain.Persistence;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for one test collection: initialised in a temp directory, reachable only
/// through a unix socket there, with the platform's roles, a migrated database and a template to clone more.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    /// <summary>The migrated database every test of the collection shares.</summary>
    public const string DatabaseName = "platform";

    /// <summary>A migrated database nobody connects to, cloned by <see cref="CreateDatabaseAsync"/>.</summary>
    public const string TemplateName = "platform_template";

    private const string Superuser = "postgres";
    private int _databaseCounter;

    /// <summary>The temp directory holding data, socket and log.</summary>
    public string Root { get; private set; } = "";

    /// <summary>Directory of the unix socket (use as Host in a connection string).</summary>
    public string SocketDirectory => Path.Combine(Root, "run");

    /// <summary>The port number (part of the socket file name; TCP is not opened).</summary>
    public int Port { get; private set; }

    /// <summary>Superuser on the shared database.</summary>
    public string SuperuserConnectionString => ConnectionString(Superuser, DatabaseName);

    /// <summary>Owner role (owns the tables, runs migrations) on the shared database.</summary>
    public string OwnerConnectionString => ConnectionString(DatabaseRoles.Owner, DatabaseName);

    /// <summary>The restricted application role (row-level security applies) on the shared database.</summary>
    public string AppConnectionString => ConnectionString(DatabaseRoles.App, DatabaseName);

    /// <summary>The identity service's role on the shared database.</summary>
    public string IdentityConnectionString => ConnectionString(DatabaseRoles.Identity, DatabaseName);

    /// <summary>The bulk loader role (BYPASSRLS) on the shared database.</summary>
    public string LoaderConnectionString => ConnectionString(DatabaseRoles.Loader, DatabaseName);

    /// <summary>Connection string for any role and database of this cluster.</summary>
    public string ConnectionString(string role, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = Port,
        Username = role,
        Database = database,
        // Tests open many short-lived pools; keep each small so max_connections is never reached.
        MaxPoolSize = 20,
        // Tests should see the server's detail text when a statement fails.
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Root = Directory.CreateTempSubdirectory("platform-pg-").FullName;
        var data = Path.Combine(Root, "data");
        Directory.CreateDirectory(SocketDirectory);
        Port = FreePort();
        await ClusterProcess.HandOverAsync(Root);

        await ClusterProcess.RunAsync("initdb", [
            "--pgdata", data, "--username", Superuser, "--auth", "trust", "--encoding", "UTF8",
            "--locale", "C.UTF-8", "--no-sync"], Root);

        // Settings for a disposable cluster: durability is traded for speed, TCP is off so parallel
        // test processes can never collide on a port.
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), $"""

            port = {Port}
            listen_addresses = ''
            unix_socket_directories = '{SocketDirectory}'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 300
            shared_buffers = 64MB
            timezone = 'UTC'
            """);
        await ClusterProcess.HandOverAsync(Root);

        await ClusterProcess.RunAsync("pg_ctl", [
            "--pgdata", data, "--log", Path.Combine(Root, "postgres.log"), "--wait", "--timeout", "60", "start"], Root);
        StartWatchdog(data);

        await DatabaseProvisioner.ProvisionAsync(ConnectionString(Superuser, "postgres"), TemplateName);
        await PlatformMigrator.MigrateAsync(ConnectionString(DatabaseRoles.Owner, TemplateName));
        NpgsqlConnection.ClearAllPools();
        await CloneTemplateAsync(DatabaseName);
    }

    /// <summary>
    /// Creates a fresh, migrated, empty database cloned from the template (a file copy: tens of milliseconds)
    /// and returns its name; use <see cref="ConnectionString"/> with it.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databaseCounter)}";
        await CloneTemplateAsync(name);
        return name;
    }

    /// <summary>
    /// Stops the server the way an operator's restart does (fast shutdown: every connection is cut), waits
    /// <paramref name="downtime"/>, and starts it again.
    /// </summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        var data = Path.Combine(Root, "data");
        await ClusterProcess.RunAsync("pg_ctl", ["--pgdata", data, "--mode", "fast", "--wait", "stop"], Root);
        await Task.Delay(downtime);
        await ClusterProcess.RunAsync("pg_ctl", [
            "--pgdata", data, "--log", Path.Combine(Root, "postgres.log"), "--wait", "--timeout", "60", "start"], Root);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Root.Length == 0)
        {
            return;
        }

        try
        {
            await ClusterProcess.RunAsync("pg_ctl", ["--pgdata", Path.Combine(Root, "data"), "--mode", "immediate", "--wait", "stop"], Root);
        }
        finally
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private async Task CloneTemplateAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(Superuser, "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"CREATE DATABASE {name} TEMPLATE {TemplateName} OWNER {DatabaseRoles.Owner}; " +
            $"REVOKE ALL ON DATABASE {name} FROM PUBLIC; " +
            $"GRANT CONNECT, TEMPORARY ON DATABASE {name} TO {DatabaseRoles.App}, {DatabaseRoles.Identity}, {DatabaseRoles.Loader};",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    // A crashed or killed test host never runs DisposeAsync; this watcher stops the cluster and removes
    // its files once the test process is gone, so no orphaned postmaster is left behind.
    private void StartWatchdog(string data)
    {
        var pgCtl = Path.Combine(PostgresBinaries.Directory, "pg_ctl");
        var stop = ClusterProcess.RunningAsRoot
            ? $"runuser -u postgres -- '{pgCtl}' --pgdata '{data}' --mode immediate stop"
            : $"'{pgCtl}' --pgdata '{data}' --mode immediate stop";
        var script = "exec </dev/null >/dev/null 2>&1; " +
                     $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done; " +
                     $"if [ -d '{data}' ]; then cd /; {stop} >/dev/null 2>&1; rm -rf '{Root}'; fi";
        ClusterProcess.StartDetached("setsid", ["bash", "-c", script]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
