namespace Platform.Identity.Tokens;

/// <summary>A signed token with its id and expiry.</summary>
public sealed record IssuedToken(string Value, string TokenId, DateTimeOffset ExpiresAt);
