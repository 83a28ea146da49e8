using Platform.Domain.Security;

namespace Platform.Identity.Hosting;

/// <summary>Finds the 32-byte master key that encrypts private signing keys.</summary>
public static class MasterKeySource
{
    /// <summary>
    /// Reads <c>Identity:MasterKey</c>, else the platform's <c>PLATFORM_MASTER_KEY</c> (base64 of 32 bytes), or fails
    /// loudly: signing keys are never stored in clear. The key is only used through a purpose-bound HKDF derivation.
    /// </summary>
    public static byte[] Resolve(IConfiguration configuration)
    {
        var value = configuration["Identity:MasterKey"];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[MasterKeySettings.EnvironmentVariable];
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"No master key: set Identity:MasterKey or {MasterKeySettings.EnvironmentVariable} to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("The master key must be base64.");
        }

        return key.Length == 32 ? key : throw new InvalidOperationException("The master key must decode to 32 bytes.");
    }
}
