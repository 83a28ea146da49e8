using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Domain.Persistence;
using Platform.Identity.Auditing;
using Platform.Identity.Hosting;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;
using Platform.Testing;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>A real token service on Kestrel (127.0.0.1, free port) over its own fresh PostgreSQL database.</summary>
public sealed class IdentityTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<HttpClient> _clients = [];

    private IdentityTestServer(WebApplication app, string baseUrl, string database, string ownerConnectionString, AdjustableClock clock, RecordingAuditSink audit, CapturingLoggerProvider logs)
    {
        _app = app;
        DatabaseName = database;
        BaseUrl = baseUrl;
        OwnerConnectionString = ownerConnectionString;
        Clock = clock;
        Audit = audit;
        Logs = logs;
    }

    public string BaseUrl { get; }

    /// <summary>The server's own database (a fresh clone of the migrated template).</summary>
    public string DatabaseName { get; }
    public string OwnerConnectionString { get; }

    /// <summary>The runtime role's connection string (platform_identity).</summary>
    public string IdentityConnectionString { get; private init; } = "";
    public AdjustableClock Clock { get; }
    public RecordingAuditSink Audit { get; }
    public CapturingLoggerProvider Logs { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>An active tenant.</summary>
    public Guid TenantA { get; } = Guid.CreateVersion7();

    /// <summary>A second active tenant.</summary>
    public Guid TenantB { get; } = Guid.CreateVersion7();

    /// <summary>A suspended tenant (R-TEN-03).</summary>
    public Guid SuspendedTenant { get; } = Guid.CreateVersion7();

    /// <summary>Starts a server; <paramref name="settings"/> adds or overrides <c>Identity:*</c> settings.</summary>
    public static async Task<IdentityTestServer> StartAsync(PostgresCluster cluster, IDictionary<string, string>? settings = null)
    {
        var database = await cluster.CreateDatabaseAsync("identity");
        var owner = cluster.ConnectionString(DatabaseRoles.Owner, database);
        var identity = cluster.ConnectionString(DatabaseRoles.Identity, database);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var args = new List<string>
        {
            $"--urls={baseUrl}",
            $"--ConnectionStrings:Identity={identity}",
            $"--ConnectionStrings:Owner={owner}",
            $"--Identity:Issuer={baseUrl}",
            $"--Identity:MasterKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            "--Logging:LogLevel:Default=Warning",
            $"--Logging:LogLevel:{LoggingAuditSink.Category}=Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            args.Add($"--Identity:{key}={value}");
        }

        var clock = new AdjustableClock();
        var audit = new RecordingAuditSink();
        var logs = new CapturingLoggerProvider();
        var app = IdentityApplication.Build(args.ToArray(), builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton<IAuditSink>(audit);
            builder.Logging.AddProvider(logs);
        });
        var server = new IdentityTestServer(app, baseUrl, database, owner, clock, audit, logs) { IdentityConnectionString = identity };
        await server.InsertTenantAsync(server.TenantA, "alpha", "Active");
        await server.InsertTenantAsync(server.TenantB, "beta", "Active");
        await server.InsertTenantAsync(server.SuspendedTenant, "gamma", "Suspended");
        await IdentityApplication.PrepareAsync(app);
        await app.StartAsync();
        return server;
    }

    /// <summary>An HTTP client that does not follow redirects and keeps cookies (for the sign-in form).</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl),
        };
        _clients.Add(client);
        return client;
    }

    /// <summary>Registers a client directly in the database and returns its secret (null for a public client).</summary>
    public async Task<string?> AddClientAsync(string clientId, Guid? tenantId, string[] roles, string[] grantTypes, string[]? scopes = null, string[]? redirectUris = null, bool confidential = true)
    {
        var secret = confidential ? OpaqueToken.Create() : null;
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TokenServiceDbContext>();
        db.Clients.Add(new ClientApplication
        {
            ClientId = clientId,
            SecretHash = secret is null ? null : OpaqueToken.Hash(secret),
            TenantId = tenantId,
            Roles = roles,
            GrantTypes = grantTypes,
            AllowedScopes = scopes ?? [ScopeSet.Api],
            RedirectUris = redirectUris ?? [],
            CreatedAt = Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>Creates a user with a password hashed by the service's hasher.</summary>
    public async Task<Guid> AddUserAsync(string userName, string password, Guid? tenantId, string[] roles)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TokenServiceDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<UserAccount>>();
        var user = new UserAccount
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            NormalizedUserName = Users.UserNames.Normalize(userName),
            TenantId = tenantId,
            Roles = roles,
            CreatedAt = Clock.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Runs SQL as the owner role (e.g. to suspend a tenant).</summary>
    public async Task ExecuteAsOwnerAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    private Task InsertTenantAsync(Guid id, string code, string status) =>
        ExecuteAsOwnerAsync("INSERT INTO tenants (id, code, name, status) VALUES ($1, $2, $3, $4)", id, code, code + " insurance", status);

    /// <summary>A currently free TCP port on the loopback interface.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
