namespace Platform.Domain.Complaints;

/// <summary>How a complaint reached the insurer.</summary>
public enum ComplaintChannel
{
    Phone,
    Email,
    Online,
    InPerson,
    Letter,
    RegulatorReferral,
}
