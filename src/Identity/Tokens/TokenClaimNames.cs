namespace Platform.Identity.Tokens;

/// <summary>Claim names the platform adds to the registered JWT claims.</summary>
public static class TokenClaimNames
{
    public const string TenantId = "tenant_id";
    public const string Roles = "roles";
    public const string ClientId = "client_id";
    public const string Scope = "scope";
    public const string AccessTokenType = "at+jwt";
}
