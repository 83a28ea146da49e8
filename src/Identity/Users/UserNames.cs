namespace Platform.Identity.Users;

/// <summary>User-name normalization shared by storage and sign-in.</summary>
public static class UserNames
{
    /// <summary>The form user names are unique and looked up in.</summary>
    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
