namespace Platform.Domain.Tenancy;

/// <summary>Resolves a tenant's IANA time zone; every rule evaluates local times in it (default Asia/Shanghai).</summary>
public static class TenantTimeZone
{
    /// <summary>The zone used when a tenant configures none.</summary>
    public const string DefaultId = "Asia/Shanghai";

    // China has had no daylight saving since 1991, so a fixed UTC+8 zone is an exact stand-in when tzdata is missing.
    private static readonly TimeZoneInfo ChinaFallback =
        TimeZoneInfo.CreateCustomTimeZone(DefaultId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    /// <summary>The default tenant zone, Asia/Shanghai.</summary>
    public static TimeZoneInfo Default { get; } = Resolve(DefaultId);

    /// <summary>Finds the zone with the given IANA id; a blank id means the default.</summary>
    /// <exception cref="ArgumentException">The id names no known time zone.</exception>
    public static TimeZoneInfo Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            id = DefaultId;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        if (id == DefaultId)
        {
            return ChinaFallback;
        }

        throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id));
    }
}
