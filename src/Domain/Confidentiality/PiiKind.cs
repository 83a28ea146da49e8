namespace Platform.Domain.Confidentiality;

/// <summary>Classification of a personal-data field (R-PII-01).</summary>
public enum PiiKind
{
    IdNumber,
    HealthInformation,
    BankAccount,
    Phone,
    Email,
    Address,
    BirthDate,
    Name,
}
