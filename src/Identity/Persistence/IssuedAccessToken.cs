namespace Platform.Identity.Persistence;

/// <summary>An access token issued to a person, remembered so revoking its grant also refuses it at userinfo.</summary>
public sealed class IssuedAccessToken
{
    public string TokenId { get; set; } = "";
    public Guid GrantId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
