using Platform.Identity.Persistence;

namespace Platform.Identity.Users;

/// <summary>The result of checking a user name and password.</summary>
public sealed record SignInOutcome(SignInStatus Status, UserAccount? User = null);

/// <summary>Why a sign-in succeeded or not; callers show Failed and LockedOut without saying whether the user exists.</summary>
public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
}
