namespace Platform.Domain.Policies;

/// <summary>Lifecycle state of a policy.</summary>
public enum PolicyStatus
{
    PendingUnderwriting,
    Active,
    Lapsed,
    Terminated,
    Expired,
}
