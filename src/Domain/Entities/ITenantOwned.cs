namespace Platform.Domain.Entities;

/// <summary>A row that belongs to exactly one tenant (R-TEN-01); filtered by EF and by row-level security.</summary>
public interface ITenantOwned
{
    /// <summary>The owning tenant.</summary>
    Guid TenantId { get; set; }
}
