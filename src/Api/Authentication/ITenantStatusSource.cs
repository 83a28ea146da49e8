namespace Platform.Api.Authentication;

/// <summary>Tells whether a tenant may use the API right now.</summary>
public interface ITenantStatusSource
{
    /// <summary>True when the tenant exists and is active.</summary>
    Task<bool> IsActiveAsync(Guid tenantId, CancellationToken ct);
}
