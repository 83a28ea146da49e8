namespace Platform.Domain.Customers;

/// <summary>Kind of identity document a customer presented.</summary>
public enum IdDocumentType
{
    ResidentIdCard,
    Passport,
    HongKongMacauPass,
    TaiwanPass,
    ForeignPermanentResidentCard,
    Other,
}
