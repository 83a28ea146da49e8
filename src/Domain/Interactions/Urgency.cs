namespace Platform.Domain.Interactions;

/// <summary>How urgent an interaction is; escalations are urgent (R-CALL-04).</summary>
public enum Urgency
{
    Normal,
    Urgent,
}
