namespace Platform.Identity.Persistence;

/// <summary>What one redeemed authorization code granted: the family of refresh and access tokens revoked together.</summary>
public sealed class TokenGrant
{
    public Guid Id { get; set; }
    public string ClientId { get; set; } = "";
    public Guid UserId { get; set; }
    public Guid? TenantId { get; set; }
    public string Scope { get; set; } = "";
    public string AuthorizationCodeHash { get; set; } = "";
    public DateTimeOffset AuthenticatedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }
}
