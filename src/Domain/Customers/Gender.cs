namespace Platform.Domain.Customers;

/// <summary>A customer's gender as recorded on the ID document.</summary>
public enum Gender
{
    Unknown,
    Male,
    Female,
}
