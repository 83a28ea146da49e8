using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Platform.Api.Administration.Clients;
using Platform.Api.Administration.Identity;
using Platform.Api.Administration.Staff;
using Platform.Api.Administration.Tenants;
using Platform.Domain.Persistence;

namespace Platform.Api.Administration;

/// <summary>Registers the administration services; the token service's base URL is <c>Api:Authority</c> (its issuer).</summary>
public static class AdministrationServices
{
    /// <summary>Adds tenant, user, team and service-client administration.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TenantDatabase(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddHttpClient<IdentityAdministrationClient>(http =>
        {
            var authority = configuration["Api:Authority"] ?? throw new InvalidOperationException("Api:Authority (the token service's URL) is required.");
            http.BaseAddress = new Uri(authority.TrimEnd('/') + "/");
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        services.AddSingleton<TenantRegistry>();
        services.AddTransient<StaffAdministration>();
        services.AddSingleton<TeamAdministration>();
        services.AddTransient<ServiceClientAdministration>();
        return services;
    }
}
