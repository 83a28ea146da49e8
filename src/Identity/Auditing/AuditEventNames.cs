namespace Platform.Identity.Auditing;

/// <summary>The names of the audit events the token service raises.</summary>
public static class AuditEventNames
{
    public const string TokenIssued = "TokenIssued";
    public const string ClientAuthenticationFailed = "ClientAuthenticationFailed";
    public const string RefreshTokenReplay = "RefreshTokenReplay";
    public const string AuthorizationCodeReuse = "AuthorizationCodeReuse";
    public const string TenantMismatch = "TenantMismatch";
    public const string UserLockedOut = "UserLockedOut";
    public const string SignInFailed = "SignInFailed";
    public const string TenantSuspendedRefused = "TenantSuspendedRefused";
    public const string TokenRevoked = "TokenRevoked";
}
