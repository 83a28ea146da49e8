using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Platform.Api.Authentication;

/// <summary>Registers JwtBearer authentication against the platform token service and the tenant policies.</summary>
public static class PlatformAuthenticationExtensions
{
    /// <summary>
    /// Validates access tokens with the standard JwtBearer handler configured from the issuer's discovery document:
    /// issuer, audience, lifetime, <c>typ: at+jwt</c> (RFC 9068) and an asymmetric-algorithm allow-list. Tenant status
    /// comes from <c>ConnectionStrings:App</c> unless an <see cref="ITenantStatusSource"/> is registered before. Settings are
    /// read from the <see cref="PlatformAuthenticationOptions.Section"/> section, the API's one configuration section.
    /// </summary>
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PlatformAuthenticationOptions.Section);
        services.Configure<PlatformAuthenticationOptions>(section);
        var settings = section.Get<PlatformAuthenticationOptions>() ?? new PlatformAuthenticationOptions();
        var authority = settings.Authority.TrimEnd('/');

        services.TryAddTimeProvider();
        if (!services.Any(d => d.ServiceType == typeof(ITenantStatusSource)))
        {
            services.AddSingleton<ITenantStatusSource>(_ => new PostgresTenantStatusSource(
                configuration.GetConnectionString("App") ?? throw new InvalidOperationException("ConnectionStrings:App is required for tenant status checks.")));
        }

        services.AddSingleton<TenantStatusCache>();
        services.AddSingleton<IAuthorizationHandler, ActiveTenantHandler>();
        services.AddSingleton<IAuthorizationHandler, SameTenantHandler>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MetadataAddress = authority + "/.well-known/openid-configuration";
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.MapInboundClaims = false;
                options.IncludeErrorDetails = false;
                options.TokenValidationParameters = new Microsoft.IdentityModel.Tokens.TokenValidationParameters
                {
                    ValidIssuer = authority,
                    ValidAudience = settings.Audience,
                    ValidTypes = ["at+jwt"],
                    ValidAlgorithms = settings.ValidAlgorithms,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ValidateLifetime = true,
                    ClockSkew = settings.ClockSkew,
                    NameClaimType = PlatformClaims.Subject,
                    RoleClaimType = PlatformClaims.Roles,
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(PlatformPolicies.ActiveTenant, policy => policy.RequireAuthenticatedUser().AddRequirements(new ActiveTenantRequirement()))
            .AddPolicy(PlatformPolicies.SameTenant, policy => policy.RequireAuthenticatedUser().AddRequirements(new SameTenantRequirement()))
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().AddRequirements(new ActiveTenantRequirement()).Build());
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
