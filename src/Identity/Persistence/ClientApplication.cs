namespace Platform.Identity.Persistence;

/// <summary>An OAuth client: a service client (client_credentials, fixed tenant and roles) or a front-end using the code flow.</summary>
public sealed class ClientApplication
{
    public string ClientId { get; set; } = "";
    public string? DisplayName { get; set; }

    /// <summary>SHA-256 of the secret (secrets are generated with 256 bits of entropy); null for public clients.</summary>
    public string? SecretHash { get; set; }
    public Guid? TenantId { get; set; }
    public string[] Roles { get; set; } = [];
    public string[] AllowedScopes { get; set; } = [];
    public string[] RedirectUris { get; set; } = [];
    public string[] GrantTypes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
