using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Api.Hosting;
using Platform.Domain.Persistence;
using Platform.Identity.Hosting;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;
using Platform.Testing;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// The real token service and the real API, each on Kestrel at 127.0.0.1 on a free port, sharing a fresh database:
/// Identity migrates its schema as the owner; the API reads tenants as platform_app.
/// </summary>
public sealed class ApiStack : IAsyncDisposable
{
    private readonly WebApplication _identity;
    private readonly WebApplication _api;

    private ApiStack(WebApplication identity, WebApplication api, string identityUrl, string apiUrl, string ownerConnectionString)
    {
        _identity = identity;
        _api = api;
        IdentityUrl = identityUrl;
        ApiUrl = apiUrl;
        OwnerConnectionString = ownerConnectionString;
        Identity = new HttpClient { BaseAddress = new Uri(identityUrl) };
        Api = new HttpClient { BaseAddress = new Uri(apiUrl) };
    }

    public string IdentityUrl { get; }
    public string ApiUrl { get; }
    public string OwnerConnectionString { get; }
    public HttpClient Identity { get; }
    public HttpClient Api { get; }
    public IServiceProvider IdentityServices => _identity.Services;
    public IServiceProvider ApiServices => _api.Services;

    /// <summary>Stops the API the way a host shutdown does (SIGTERM): in-flight work finishes, sockets are closed.</summary>
    public Task StopApiAsync() => _api.StopAsync();

    /// <summary>Seconds of clock skew the API tolerates in this stack.</summary>
    public const int ClockSkewSeconds = 1;

    /// <summary>
    /// Starts both services; <paramref name="accessTokenLifetime"/> is Identity's knob of the same name,
    /// <paramref name="configureApi"/> may add services or settings to the API (e.g. a readiness check).
    /// </summary>
    public static async Task<ApiStack> StartAsync(
        PostgresCluster cluster, TimeSpan? accessTokenLifetime = null, string? appConnectionString = null, Action<WebApplicationBuilder>? configureApi = null)
    {
        var database = await cluster.CreateDatabaseAsync("api");
        var owner = cluster.ConnectionString(DatabaseRoles.Owner, database);

        var identityUrl = $"http://127.0.0.1:{FreePort()}";
        var identityArgs = new List<string>
        {
            $"--urls={identityUrl}",
            $"--ConnectionStrings:Identity={cluster.ConnectionString(DatabaseRoles.Identity, database)}",
            $"--ConnectionStrings:Owner={owner}",
            $"--Identity:Issuer={identityUrl}",
            $"--Identity:MasterKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            "--Logging:LogLevel:Default=Warning",
        };
        if (accessTokenLifetime is { } lifetime)
        {
            identityArgs.Add($"--Identity:AccessTokenLifetime={lifetime:c}");
        }

        var identity = IdentityApplication.Build([.. identityArgs], b => b.Logging.ClearProviders());
        await IdentityApplication.PrepareAsync(identity);
        await identity.StartAsync();

        var appConnection = appConnectionString ?? cluster.ConnectionString(DatabaseRoles.App, database);
        var (api, apiUrl) = await StartApiAsync(appConnection, identityUrl, configureApi, awaitListener: appConnectionString is null);
        return new ApiStack(identity, api, identityUrl, apiUrl, owner) { AppConnectionString = appConnection, _configureApi = configureApi };
    }

    /// <summary>The platform_app connection string the API uses.</summary>
    public string AppConnectionString { get; private init; } = "";

    private Action<WebApplicationBuilder>? _configureApi;

    /// <summary>
    /// Starts one more API process on the same database and token service, configured like the first (another instance
    /// behind a load balancer); dispose it to stop it.
    /// </summary>
    public async Task<ExtraApi> StartAnotherApiAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var (api, url) = await StartApiAsync(AppConnectionString, IdentityUrl, _configureApi + configure, awaitListener: true);
        return new ExtraApi(api, url);
    }

    private static async Task<(WebApplication Api, string Url)> StartApiAsync(
        string appConnection, string identityUrl, Action<WebApplicationBuilder>? configureApi, bool awaitListener)
    {
        var apiUrl = $"http://127.0.0.1:{FreePort()}";
        var api = ApiApplication.Build(
        [
            $"--urls={apiUrl}",
            $"--ConnectionStrings:App={appConnection}",
            $"--Api:Authority={identityUrl}",
            "--Api:RequireHttpsMetadata=false",
            $"--Api:ClockSkew=00:00:0{ClockSkewSeconds}",
            // Tests run the deadline sweep themselves (DeadlineAlertWorker.SweepAsync) at the times they choose.
            "--Api:Events:DeadlineSweepInterval=01:00:00",
            "--Logging:LogLevel:Default=Warning",
        ], b =>
        {
            b.Logging.ClearProviders();
            configureApi?.Invoke(b);
        });
        await api.StartAsync();
        // Ready means listening for outbox events too (/health/ready); tests start from a ready API, except those that
        // give it a database on purpose it cannot use.
        if (awaitListener)
        {
            var listener = api.Services.GetRequiredService<Platform.Api.Events.OutboxListener>();
            await Subscriber.Eventually(() => listener.Listening, "the API's outbox listener did not connect");
        }

        return (api, apiUrl);
    }

    /// <summary>
    /// Inserts a tenant row (as the owner) and returns its id. The code gets a unique suffix: tests share one database,
    /// and a theory's cases (or a re-run in the same stack) must never collide on the unique tenant code.
    /// </summary>
    public async Task<Guid> AddTenantAsync(string code, string status = "Active")
    {
        var id = Guid.CreateVersion7();
        var unique = UniqueName(code, id);
        await ExecuteAsync(OwnerConnectionString, "INSERT INTO tenants (id, code, name, status) VALUES ($1, $2, $3, $4)", id, unique, unique + " insurance", status);
        return id;
    }

    // The random tail of a version-7 uuid keeps names short and distinct.
    private static string UniqueName(string prefix, Guid id) => $"{prefix}-{id.ToString("N")[^10..]}";

    /// <summary>Suspends a tenant the way an operator would: its row's status changes, tokens stay unexpired.</summary>
    public Task SuspendTenantAsync(Guid tenantId) =>
        ExecuteAsync(OwnerConnectionString, "UPDATE tenants SET status = 'Suspended' WHERE id = $1", tenantId);

    /// <summary>Registers a client_credentials service client in Identity's store and returns its secret.</summary>
    public async Task<string> AddServiceClientAsync(string clientId, Guid? tenantId, params string[] roles)
    {
        var secret = OpaqueToken.Create();
        await using var scope = _identity.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TokenServiceDbContext>();
        db.Clients.Add(new ClientApplication
        {
            ClientId = clientId,
            SecretHash = OpaqueToken.Hash(secret),
            TenantId = tenantId,
            Roles = roles,
            GrantTypes = ["client_credentials"],
            AllowedScopes = ["api"],
            RedirectUris = [],
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>A client_credentials access token from the token endpoint, over HTTP.</summary>
    public async Task<string> TokenAsync(string clientId, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret))));
        using var response = await Identity.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token endpoint: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A tenant with one service client; returns the tenant, client id and a fresh token.</summary>
    public async Task<(Guid Tenant, string ClientId, string Token)> TenantWithClientAsync(string code, params string[] roles)
    {
        var tenant = await AddTenantAsync(code);
        var clientId = UniqueName(code + "-service", tenant);
        var secret = await AddServiceClientAsync(clientId, tenant, roles);
        return (tenant, clientId, await TokenAsync(clientId, secret));
    }

    /// <summary>POSTs a GraphQL query to /graphql with an optional bearer token.</summary>
    public async Task<HttpResponseMessage> GraphQLAsync(string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Api.SendAsync(request);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Identity.Dispose();
        Api.Dispose();
        await _api.StopAsync();
        await _api.DisposeAsync();
        await _identity.StopAsync();
        await _identity.DisposeAsync();
    }
}

/// <summary>A further API process of a stack, on the same database.</summary>
public sealed class ExtraApi(WebApplication api, string url) : IAsyncDisposable
{
    public string ApiUrl { get; } = url;
    public IServiceProvider Services => api.Services;

    public async ValueTask DisposeAsync()
    {
        await api.StopAsync();
        await api.DisposeAsync();
    }
}
