namespace Platform.Domain.Entities;

/// <summary>A tenant's data key, wrapped by the master key (R-REC-01).</summary>
public sealed class TenantDataKey : ITenantOwned
{
    public Guid TenantId { get; set; }
    public int Version { get; set; }
    public byte[] WrappedKey { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
