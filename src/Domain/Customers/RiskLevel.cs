namespace Platform.Domain.Customers;

/// <summary>The insurer's risk classification of a customer.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
