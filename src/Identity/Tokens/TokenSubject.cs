namespace Platform.Identity.Tokens;

/// <summary>Who a token is about and what it grants.</summary>
public sealed record TokenSubject(
    string Subject,
    string ClientId,
    Guid? TenantId,
    IReadOnlyList<string> Roles,
    string Scope,
    DateTimeOffset? AuthenticatedAt = null,
    string? UserName = null);
