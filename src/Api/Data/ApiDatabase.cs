using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Domain.Persistence;

namespace Platform.Api.Data;

/// <summary>
/// The API's access to PostgreSQL as platform_app: EF options over the shared data source with the command counter.
/// One per process. Units of work come from <see cref="OperationWork"/>.
/// </summary>
public sealed class ApiDatabase
{
    /// <summary>Configures EF over the process's data source with the counter attached.</summary>
    public ApiDatabase(NpgsqlDataSource dataSource, SqlCommandCounter counter, TenantTimeZoneCache zones)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformDbContextOptions.Configure(builder, dataSource);
        Plans = new PlanPerExecution(counter);
        builder.AddInterceptors(counter, Plans);
        Options = builder.Options;
        Counter = counter;
        DataSource = dataSource;
        Zones = zones;
    }

    /// <summary>The process's data source (its pool is cleared after a database restart, see <see cref="StaleConnections"/>).</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The context options (EF's default tracking; read-only queries should say AsNoTracking).</summary>
    public DbContextOptions<PlatformDbContext> Options { get; }

    /// <summary>Switches a transaction to per-execution plans for marked commands.</summary>
    public PlanPerExecution Plans { get; }

    /// <summary>The process's SQL command counter.</summary>
    public SqlCommandCounter Counter { get; }

    /// <summary>The tenants' time zones, read from the registry at most every few seconds.</summary>
    public TenantTimeZoneCache Zones { get; }
}
