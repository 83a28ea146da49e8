using Platform.Identity.Auditing;

namespace Platform.Identity.Tenancy;

/// <summary>Refuses sign-ins and tokens for suspended or unknown tenants (R-TEN-03).</summary>
public sealed class TenantGate(TenantDirectory tenants, AuditTrail audit)
{
    /// <summary>True when the principal may get tokens: no tenant (platform) or an active tenant.</summary>
    public async Task<bool> AllowsAsync(Guid? tenantId, string? clientId, CancellationToken ct)
    {
        if (tenantId is not { } id)
        {
            return true;
        }

        var tenant = await tenants.FindAsync(id, ct);
        if (tenant is { IsActive: true })
        {
            return true;
        }

        audit.Raise(AuditEventNames.TenantSuspendedRefused, id, clientId, detail: tenant is null ? "unknown tenant" : "tenant suspended");
        return false;
    }
}
