using Platform.Domain.Customers;
using Platform.Domain.Interactions;

namespace Platform.Domain.Entities;

/// <summary>A policyholder or insured person of a tenant, with personal and sensitive data.</summary>
public sealed class Customer : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public Gender Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Occupation { get; set; }
    public string? Phone { get; set; }
    public string? ReservedPhone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public IdDocumentType IdDocumentType { get; set; }
    public string? IdNumber { get; set; }
    public string? HealthInformation { get; set; }
    public string? BankAccount { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public InteractionChannel? PreferredChannel { get; set; }
    public bool AcceptsMarketing { get; set; }
    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<DoNotCallRequest> DoNotCallRequests { get; set; } = [];
}
