using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Domain.Persistence;

namespace Platform.Api.Operations;

/// <summary>Readiness: the database answers the app role and every migration this build knows is applied.</summary>
public sealed class DatabaseReadiness(NpgsqlDataSource dataSource, ILogger<DatabaseReadiness> log) : IReadinessCheck
{
    private readonly Lazy<IReadOnlyList<string>> _knownMigrations = new(KnownMigrations);

    /// <inheritdoc/>
    public string Name => "database";

    /// <summary>Null when ready, otherwise a short reason safe to show (no SQL, no connection details).</summary>
    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand($"SELECT \"MigrationId\" FROM public.{PlatformDbContextOptions.HistoryTable}");
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    applied.Add(reader.GetString(0));
                }
            }

            var missing = _knownMigrations.Value.Count(m => !applied.Contains(m));
            return missing == 0 ? null : $"{missing} database migration(s) not applied";
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.UndefinedTable)
        {
            log.LogWarning(exception, "Readiness: the migration history cannot be read");
            return "migration history not readable";
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            log.LogWarning(exception, "Readiness: database unreachable");
            return "database unreachable";
        }
    }

    // The migration ids compiled into the domain assembly; no connection is opened for this.
    private static IReadOnlyList<string> KnownMigrations()
    {
        var options = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformDbContextOptions.Configure(options, "Host=unused");
        using var db = new PlatformDbContext(options.Options, tenantId: null);
        return db.Database.GetMigrations().ToList();
    }
}
