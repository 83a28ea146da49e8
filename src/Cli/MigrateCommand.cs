using Npgsql;
using Platform.Domain.Persistence;

namespace Platform.Cli;

/// <summary>Provisions roles and the database (with a superuser connection) and applies the domain migrations as the owner.</summary>
public static class MigrateCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(CliSettings settings, TextWriter log, CancellationToken ct)
    {
        var owner = settings.RequireOwner();
        if (!string.IsNullOrWhiteSpace(settings.Superuser))
        {
            var database = new NpgsqlConnectionStringBuilder(owner).Database
                ?? throw new CliConfigurationException("ConnectionStrings__Owner names no Database.");
            await DatabaseProvisioner.ProvisionAsync(settings.Superuser, database, ct);
            log.WriteLine($"migrate: roles and database '{database}' ready");
        }

        var applied = await PlatformMigrator.MigrateAsync(owner, ct);
        log.WriteLine(applied.Count == 0
            ? "migrate: schema is up to date"
            : $"migrate: applied {string.Join(", ", applied)}");
        return 0;
    }
}
