namespace Platform.Identity.Persistence;

/// <summary>One refresh token of a grant's family (stored hashed); used once, then replaced.</summary>
public sealed class RefreshToken
{
    public string TokenHash { get; set; } = "";
    public Guid GrantId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
}
