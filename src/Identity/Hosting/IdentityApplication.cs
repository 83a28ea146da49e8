using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Platform.Identity.Auditing;
using Platform.Identity.Clients;
using Platform.Identity.Demo;
using Platform.Identity.Endpoints;
using Platform.Identity.Keys;
using Platform.Identity.Persistence;
using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;
using Platform.Identity.Users;

namespace Platform.Identity.Hosting;

/// <summary>Builds and prepares the token service's web application; used by Program and by tests.</summary>
public static class IdentityApplication
{
    /// <summary>Creates the application; <paramref name="configure"/> lets tests replace services or settings.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // `--seed-demo <path>` is the short form of Identity:DemoCredentialsPath.
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--seed-demo"] = "Identity:DemoCredentialsPath" });
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        AddServices(builder.Services, builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            // Never leak exception details; OAuth clients understand server_error.
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["error"] = "server_error", ["error_description"] = "An internal error occurred." });
        }));
        DiscoveryEndpoint.Map(app);
        TokenEndpoint.Map(app);
        AuthorizeEndpoint.Map(app);
        RevocationEndpoint.Map(app);
        UserinfoEndpoint.Map(app);
        Administration.IdentityAdministrationEndpoints.Map(app);
        return app;
    }

    /// <summary>Applies migrations (as the owner role, when configured), prepares keys and seeds demo credentials if asked.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        var ownerConnection = app.Configuration.GetConnectionString("Owner");
        if (!string.IsNullOrEmpty(ownerConnection))
        {
            await MigrateAsync(ownerConnection, ct);
        }

        await app.Services.GetRequiredService<SigningKeyRing>().RefreshAsync(ct);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoCredentialsSeeder>().SeedIfConfiguredAsync(ct);
    }

    /// <summary>Applies the identity schema migrations with the given (owner) connection.</summary>
    public static async Task MigrateAsync(string ownerConnectionString, CancellationToken ct = default)
    {
        var options = new DbContextOptionsBuilder<TokenServiceDbContext>();
        Configure(options, ownerConnectionString);
        await using var db = new TokenServiceDbContext(options.Options);
        await db.Database.MigrateAsync(ct);
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TokenServiceOptions>().Bind(configuration.GetSection("Identity"))
            .Validate(o => Uri.TryCreate(o.Issuer, UriKind.Absolute, out _) && !o.Issuer.EndsWith('/'), "Identity:Issuer must be an absolute URL without a trailing slash.");
        var connectionString = configuration.GetConnectionString("Identity")
            ?? throw new InvalidOperationException("ConnectionStrings:Identity is required (the platform_identity role).");
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddDbContext<TokenServiceDbContext>((sp, options) => Configure(options, connectionString));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SigningKeyProtector(MasterKeySource.Resolve(configuration, sp.GetRequiredService<IHostEnvironment>())));
        services.AddSingleton<SigningKeyFactory>();
        services.AddSingleton<SigningKeyRing>();
        services.AddHostedService<SigningKeyRotation>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<IAuditSink, LoggingAuditSink>();
        services.AddSingleton<DatabaseAuditSink>();
        services.AddSingleton<IAuditSink>(sp => sp.GetRequiredService<DatabaseAuditSink>());
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseAuditSink>());
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<AccessTokenValidator>();

        services.AddScoped<TenantGate>();
        services.AddScoped<ClientAuthentication>();
        services.AddScoped<GrantRevocation>();
        services.AddScoped<GrantTokenMint>();
        services.AddScoped<ClientCredentialsGrant>();
        services.AddScoped<AuthorizationCodeGrant>();
        services.AddScoped<RefreshTokenGrant>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<DemoCredentialsSeeder>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "identity.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
    }

    private static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(TokenServiceDbContext.MigrationsHistoryTable, TokenServiceDbContext.Schema))
            // Migrations are hand-written (no EF design tooling here), so there is no model snapshot to compare with.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
