namespace Platform.Domain.Confidentiality;

/// <summary>Sensitivity class of personal data (R-PII-01).</summary>
public enum PiiSensitivity
{
    /// <summary>Personal data: phone, email, address, birth date, name.</summary>
    Personal,

    /// <summary>Sensitive data: ID number, health information, bank account; every full read is logged (R-PII-04).</summary>
    Sensitive,
}

/// <summary>R-PII-01: which personal-data kinds are sensitive and which merely personal.</summary>
public static class PiiClassification
{
    /// <summary>The class of a kind of personal data.</summary>
    public static PiiSensitivity Of(PiiKind kind) => kind switch
    {
        PiiKind.IdNumber or PiiKind.HealthInformation or PiiKind.BankAccount => PiiSensitivity.Sensitive,
        _ => PiiSensitivity.Personal,
    };

    /// <summary>True for ID number, health information and bank account.</summary>
    public static bool IsSensitive(PiiKind kind) => Of(kind) == PiiSensitivity.Sensitive;
}
