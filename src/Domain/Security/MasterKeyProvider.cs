using System.Security.Cryptography;

namespace Platform.Domain.Security;

/// <summary>Obtains the master key: from configuration, or in Development from a generated key file under `.data/`.</summary>
public static class MasterKeyProvider
{
    /// <summary>File name of the development key inside the data directory.</summary>
    public const string DevelopmentKeyFileName = "master.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Returns the master key or refuses with a message that tells the operator what to configure.</summary>
    public static MasterKey Load(MasterKeySettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.ConfiguredKey))
        {
            return new MasterKey(Decode(settings.ConfiguredKey, $"configuration ({MasterKeySettings.EnvironmentVariable})"))
            {
                Source = $"configuration ({MasterKeySettings.EnvironmentVariable})",
            };
        }

        if (!settings.IsDevelopment)
        {
            throw new MasterKeyUnavailableException(
                $"No master key configured. Outside Development the platform refuses to start without one: set " +
                $"{MasterKeySettings.EnvironmentVariable} to the base64 encoding of 32 random bytes " +
                "(for example `openssl rand -base64 32`) and keep it in your secret store.");
        }

        return LoadOrCreateDevelopmentKey(settings.DataDirectory);
    }

    private static MasterKey LoadOrCreateDevelopmentKey(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, DevelopmentKeyFileName);
        if (!File.Exists(path))
        {
            CreateKeyFile(path);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & ~OwnerOnly) != 0)
            {
                throw new MasterKeyUnavailableException(
                    $"The development master key file {path} is readable by other users; run `chmod 600 {path}` and start again.");
            }
        }

        return new MasterKey(Decode(File.ReadAllText(path).Trim(), path)) { Source = $"development key file {path}" };
    }

    // Written to a private temporary file and moved into place, so a second process starting at the same
    // moment (API and Identity) either wins the move or reads the finished file, never a half-written one.
    private static void CreateKeyFile(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MasterKey.Length)));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    private static byte[] Decode(string encoded, string origin)
    {
        var buffer = new byte[MasterKey.Length + 3];
        if (!Convert.TryFromBase64String(encoded.Trim(), buffer, out var written) || written != MasterKey.Length)
        {
            // The value itself is never echoed: it may be a real key with a typo.
            throw new MasterKeyUnavailableException(
                $"The master key from {origin} is not valid: it must be the base64 encoding of exactly {MasterKey.Length} bytes.");
        }

        return buffer[..MasterKey.Length];
    }
}
