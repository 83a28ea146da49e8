namespace Platform.Identity.Persistence;

/// <summary>Failed sign-ins per normalized user name, kept whether or not the user exists so lockout reveals nothing.</summary>
public sealed class SignInThrottle
{
    public string NormalizedUserName { get; set; } = "";
    public int FailedCount { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
}
