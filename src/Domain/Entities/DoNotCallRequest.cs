using Platform.Domain.Interactions;

namespace Platform.Domain.Entities;

/// <summary>A customer's request not to be called for a purpose, from a date (R-CALL-06, R-CALL-09).</summary>
public sealed class DoNotCallRequest : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public CallPurpose Purpose { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? Note { get; set; }
}
