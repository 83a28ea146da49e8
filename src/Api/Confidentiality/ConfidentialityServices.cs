using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Api.Confidentiality;

/// <summary>Registers the clearance facts source (kept when another registration came first).</summary>
public static class ConfidentialityServices
{
    /// <summary>Adds <see cref="DatabaseClearanceFacts"/> unless an <see cref="IClearanceFacts"/> is registered.</summary>
    public static IServiceCollection AddConfidentiality(this IServiceCollection services)
    {
        services.TryAddSingleton<IClearanceFacts, DatabaseClearanceFacts>();
        return services;
    }
}
