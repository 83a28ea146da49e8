namespace Platform.Identity.Persistence;

/// <summary>A one-time authorization code (stored hashed), bound to client, redirect URI and PKCE challenge.</summary>
public sealed class AuthorizationCode
{
    public string CodeHash { get; set; } = "";
    public string ClientId { get; set; } = "";
    public Guid UserId { get; set; }
    public Guid? TenantId { get; set; }
    public string RedirectUri { get; set; } = "";
    public string Scope { get; set; } = "";
    public string? Nonce { get; set; }
    public string CodeChallenge { get; set; } = "";
    public DateTimeOffset AuthenticatedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
}
