namespace Platform.Domain.Interactions;

/// <summary>The agent's wrap-up classification of a call (R-CALL-07).</summary>
public enum OutcomeTag
{
    Valid,
    Invalid,
    Refused,
}
