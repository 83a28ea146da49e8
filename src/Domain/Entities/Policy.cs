using Platform.Domain.Policies;

namespace Platform.Domain.Entities;

/// <summary>An insurance policy; its number is unique within the tenant.</summary>
public sealed class Policy : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string PolicyNumber { get; set; } = "";
    public ProductLine ProductLine { get; set; }
    public string ProductName { get; set; } = "";
    public decimal SumInsured { get; set; }
    public decimal Premium { get; set; }
    public string Currency { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public PolicyStatus Status { get; set; }
    public Guid PolicyholderId { get; set; }
    public Guid InsuredId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
