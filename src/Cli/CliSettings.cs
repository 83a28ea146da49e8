using Npgsql;

namespace Platform.Cli;

/// <summary>Connection strings of the operator console, read from the same environment variables the services use.</summary>
public sealed record CliSettings(string? Superuser, string? Owner, string? Loader)
{
    /// <summary>Reads ConnectionStrings__Superuser (optional), ConnectionStrings__Owner and ConnectionStrings__Loader.</summary>
    public static CliSettings FromEnvironment() => new(
        Environment.GetEnvironmentVariable("ConnectionStrings__Superuser"),
        Environment.GetEnvironmentVariable("ConnectionStrings__Owner"),
        Environment.GetEnvironmentVariable("ConnectionStrings__Loader"));

    /// <summary>The owner's connection string, or a clear error naming the variable.</summary>
    public string RequireOwner() => Require(Owner, "ConnectionStrings__Owner");

    /// <summary>The loader's connection string, or a clear error naming the variable.</summary>
    public string RequireLoader() => Require(Loader, "ConnectionStrings__Loader");

    private static string Require(string? value, string variable)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CliConfigurationException($"{variable} is not set (a PostgreSQL connection string).");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            throw new CliConfigurationException($"{variable} is not a valid connection string: {e.Message}");
        }

        return value;
    }
}
