namespace Platform.Api.Authentication;

/// <summary>Authorization policy names registered by <see cref="PlatformAuthenticationExtensions"/>.</summary>
public static class PlatformPolicies
{
    /// <summary>Authenticated, and the token's tenant (if any) is active. This is also the default policy.</summary>
    public const string ActiveTenant = "ActiveTenant";

    /// <summary>Resource-based: the resource's tenant id (a Guid) must equal the caller's tenant.</summary>
    public const string SameTenant = "SameTenant";
}
