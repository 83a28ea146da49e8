namespace Platform.Api.Data;

/// <summary>Registers the API's database plumbing (requires an <c>NpgsqlDataSource</c> singleton for platform_app).</summary>
public static class ApiDataServices
{
    /// <summary>Adds the command counter, the tenants' time zones and the API database.</summary>
    public static IServiceCollection AddApiData(this IServiceCollection services)
    {
        services.AddSingleton<SqlCommandCounter>();
        services.AddSingleton<TenantTimeZoneCache>();
        services.AddSingleton<ApiDatabase>();
        return services;
    }
}
