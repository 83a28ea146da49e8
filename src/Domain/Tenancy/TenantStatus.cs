namespace Platform.Domain.Tenancy;

/// <summary>Whether a tenant may operate; a suspended tenant's tokens are refused at once (R-TEN-03).</summary>
public enum TenantStatus
{
    Active,
    Suspended,
}
