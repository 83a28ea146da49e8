using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.Domain.Persistence;

/// <summary>
/// Entry point to the database for services: every unit of work runs in one explicit transaction whose first
/// statement sets app.tenant_id with set_config(..., true), so the setting ends with the transaction and a
/// pooled connection (or a PgBouncer server connection) never carries it to the next user.
/// See docs/decisions/tenant-setting.md.
/// </summary>
public sealed class TenantDatabase
{
    private readonly DbContextOptions<PlatformDbContext> _options;

    /// <summary>Uses a shared data source (one per process) for the application role.</summary>
    public TenantDatabase(NpgsqlDataSource dataSource)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformDbContextOptions.Configure(builder, dataSource);
        _options = builder.Options;
    }

    /// <summary>Begins a unit of work for one tenant; dispose it to end (rolled back unless committed).</summary>
    public async Task<TenantUnitOfWork> BeginAsync(Guid tenantId, CancellationToken ct = default)
    {
        if (tenantId == Guid.Empty)
        {
            throw new ArgumentException("A unit of work needs a tenant.", nameof(tenantId));
        }

        var db = new PlatformDbContext(_options, tenantId);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT set_config('app.tenant_id', {tenantId.ToString()}, true)", ct);
            return new TenantUnitOfWork(db, transaction, tenantId);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A context for the platform operator's registry work (tenants table). It has no tenant: every
    /// tenant-owned set returns no rows and writes to them are refused by row-level security (R-TEN-02).
    /// </summary>
    public PlatformDbContext CreatePlatformContext() => new(_options, tenantId: null);
}
