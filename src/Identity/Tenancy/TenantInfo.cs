namespace Platform.Identity.Tenancy;

/// <summary>What the token service needs to know about a tenant.</summary>
public sealed record TenantInfo(Guid Id, string Slug, bool IsActive);
