namespace Platform.Domain.Interactions;

/// <summary>Why an outbound call is made; marketing calls are held to stricter windows (R-CALL-09).</summary>
public enum CallPurpose
{
    Service,
    Marketing,
}
