namespace Platform.Domain.Persistence;

/// <summary>The PostgreSQL roles of the platform and what each may do.</summary>
public static class DatabaseRoles
{
    /// <summary>Owns every table and runs migrations; never used by a running service.</summary>
    public const string Owner = "platform_owner";

    /// <summary>The API's role: owns nothing, not superuser, no BYPASSRLS, so row-level security always applies.</summary>
    public const string App = "platform_app";

    /// <summary>The token service's role: owns nothing, gets grants on the identity schema only.</summary>
    public const string Identity = "platform_identity";

    /// <summary>Bulk loader for demo/volume data: BYPASSRLS because binary COPY FROM is refused under row-level security.</summary>
    public const string Loader = "platform_loader";
}
