namespace Platform.Identity.Hosting;

/// <summary>Settings of the token service, bound from the <c>Identity</c> configuration section.</summary>
public sealed class TokenServiceOptions
{
    /// <summary>The issuer URL (no trailing slash); tokens carry it as <c>iss</c> and discovery advertises it.</summary>
    public string Issuer { get; set; } = "http://127.0.0.1:5001";

    /// <summary>Audience of access tokens: the insurer API.</summary>
    public string Audience { get; set; } = "insurer-api";

    /// <summary>Access token lifetime; capped at 15 minutes whatever is configured.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>ID token lifetime.</summary>
    public TimeSpan IdTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Authorization code lifetime; capped at 60 seconds.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Absolute lifetime of a refresh-token family, counted from the sign-in.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a key signs tokens before the next one takes over.</summary>
    public TimeSpan SigningKeyLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a new key is published in the JWKS before it signs anything, so caches pick it up.</summary>
    public TimeSpan SigningKeyAnnouncement { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long signing keys are cached in memory before the database is read again.</summary>
    public TimeSpan SigningKeyCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a tenant's status is cached; short so a suspension takes effect within seconds.</summary>
    public TimeSpan TenantStatusCacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Failed sign-ins (per user name) before the account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Base64 of a 32-byte key that encrypts the private parts of signing keys (used when no shared master key is present).</summary>
    public string? MasterKey { get; set; }

    /// <summary>When set, demo users and clients are created for every tenant and written to this JSON file.</summary>
    public string? DemoCredentialsPath { get; set; }

    /// <summary>The API's URL, only written into the demo credentials file.</summary>
    public string ApiUrl { get; set; } = "http://127.0.0.1:5000/graphql";

    /// <summary>The maximum access-token lifetime RFC 9068 deployments here allow.</summary>
    public static readonly TimeSpan MaxAccessTokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>The maximum authorization-code lifetime.</summary>
    public static readonly TimeSpan MaxAuthorizationCodeLifetime = TimeSpan.FromSeconds(60);

    /// <summary>The access token lifetime after applying the cap.</summary>
    public TimeSpan EffectiveAccessTokenLifetime =>
        AccessTokenLifetime > MaxAccessTokenLifetime ? MaxAccessTokenLifetime : AccessTokenLifetime;

    /// <summary>The code lifetime after applying the cap.</summary>
    public TimeSpan EffectiveAuthorizationCodeLifetime =>
        AuthorizationCodeLifetime > MaxAuthorizationCodeLifetime ? MaxAuthorizationCodeLifetime : AuthorizationCodeLifetime;
}
