namespace Platform.Domain.Interactions;

/// <summary>How a customer's identity was checked (R-CALL-03).</summary>
public enum VerificationMethod
{
    PolicyAndIdNumber,
    ReservedPhone,
    Relative,
}
