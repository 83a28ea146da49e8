namespace Platform.Domain.Entities;

/// <summary>The last outbox sequence number allocated for a tenant.</summary>
public sealed class TenantEventSequence : ITenantOwned
{
    public Guid TenantId { get; set; }
    public long LastSequence { get; set; }
}
