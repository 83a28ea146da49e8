using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Platform.Domain.Persistence;
using Platform.GraphQL.Execution;

namespace Platform.Api.Data;

/// <summary>
/// The tenant unit of work of one GraphQL operation: begun on first use with <c>set_config('app.tenant_id', …, true)</c>
/// inside one transaction (docs/decisions/tenant-setting.md) and generic plans for its prepared statements
/// (docs/decisions/plan-cache.md), committed when the operation's result is written
/// (HTTP) or after each root mutation field, rolled back otherwise. Resolvers of one operation never run at the same
/// time (docs/decisions/graphql-execution.md), so the one context is safe to share.
/// </summary>
public sealed class OperationWork : IAsyncDisposable
{
    private readonly ApiDatabase _database;
    private PlatformDbContext? _db;
    private IDbContextTransaction? _transaction;
    private bool _disposed;
    private TimeZoneInfo? _zone;

    /// <summary>Creates the (not yet begun) unit of work for a tenant; null for platform principals.</summary>
    public OperationWork(ApiDatabase database, Guid? tenantId)
    {
        _database = database;
        TenantId = tenantId;
    }

    /// <summary>The caller's tenant; null for platform principals, who read no tenant data (R-TEN-02).</summary>
    public Guid? TenantId { get; }

    /// <summary>True while a transaction is open.</summary>
    public bool IsActive => _transaction is not null;

    /// <summary>The tenant's context inside the operation's transaction; begins it on first use.</summary>
    /// <exception cref="GraphQLException">FORBIDDEN when the caller acts for no tenant.</exception>
    public async ValueTask<PlatformDbContext> DbAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_db is not null)
        {
            return _db;
        }

        var tenant = RequireTenant();
        var db = await StaleConnections.RetryOnceAsync(_database.DataSource, () => BeginAsync(tenant, ct));
        _db = db;
        return db;
    }

    private Guid RequireTenant() =>
        TenantId ?? throw new GraphQLException("Tenant data is not available to platform principals.", "FORBIDDEN");

    private async Task<PlatformDbContext> BeginAsync(Guid tenant, CancellationToken ct)
    {
        var db = new PlatformDbContext(_database.Options, tenant);
        try
        {
            _transaction = await db.Database.BeginTransactionAsync(ct);
            // Same statement, so no extra round trip; both settings end with the transaction (docs/decisions/plan-cache.md).
            await db.Database.ExecuteSqlAsync(
                $"SELECT set_config('app.tenant_id', {tenant.ToString()}, true), set_config('plan_cache_mode', 'force_generic_plan', true)", ct);
            return db;
        }
        catch
        {
            _transaction = null;
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>The tenant's time zone (from <see cref="TenantTimeZoneCache"/>, the same for the whole operation).</summary>
    public async ValueTask<TimeZoneInfo> TimeZoneAsync(CancellationToken ct = default)
    {
        if (_zone is null)
        {
            var tenant = RequireTenant();
            _zone = await _database.Zones.ForAsync(tenant, async c =>
            {
                var db = await DbAsync(c);
                return await db.Tenants.AsNoTracking().Where(t => t.Id == tenant).Select(t => t.TimeZone).FirstOrDefaultAsync(c);
            }, ct);
        }

        return _zone;
    }

    /// <summary>Today's date in the tenant's time zone.</summary>
    public async ValueTask<DateOnly> TodayAsync(TimeProvider clock, CancellationToken ct = default) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), await TimeZoneAsync(ct)).DateTime);

    /// <summary>
    /// A raw command on the operation's connection and transaction (counted like EF's commands); text starting with
    /// <see cref="PlanPerExecution.Comment"/> is planned for its values.
    /// </summary>
    public async ValueTask<NpgsqlCommand> CommandAsync(string sql, CancellationToken ct = default)
    {
        var db = await DbAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        _database.Counter.Increment();
        var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction)_transaction!.GetDbTransaction());
        await _database.Plans.BeforeAsync(command, ct);
        return command;
    }

    /// <summary>
    /// A raw command over bounds the caller chose (a report's period): planned for its values, since a generic plan
    /// can misjudge how many rows they keep (docs/decisions/plan-cache.md).
    /// </summary>
    public ValueTask<NpgsqlCommand> CommandPlannedPerExecutionAsync(string sql, CancellationToken ct = default) =>
        CommandAsync(PlanPerExecution.Comment + sql, ct);

    /// <summary>
    /// Saves pending changes and commits; a later use begins a new transaction. Does nothing when none was begun.
    /// </summary>
    public async Task CommitAsync(CancellationToken ct = default)
    {
        if (_db is null || _transaction is null)
        {
            return;
        }

        try
        {
            await _db.SaveChangesAsync(ct);
            await _transaction.CommitAsync(ct);
        }
        finally
        {
            await EndAsync(rollback: false);
        }
    }

    /// <summary>Discards pending changes and rolls back; a later use begins a new transaction.</summary>
    public Task RollbackAsync() => EndAsync(rollback: true);

    /// <summary>Rolls back unless committed and releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await EndAsync(rollback: true);
        _disposed = true;
    }

    private async Task EndAsync(bool rollback)
    {
        var transaction = _transaction;
        var db = _db;
        _transaction = null;
        _db = null;
        try
        {
            if (transaction is not null)
            {
                if (rollback)
                {
                    try
                    {
                        await transaction.RollbackAsync();
                    }
                    catch (Exception ex) when (ex is InvalidOperationException or NpgsqlException)
                    {
                        // A broken or completed transaction; disposing releases the connection.
                    }
                }

                await transaction.DisposeAsync();
            }
        }
        finally
        {
            // Even when ending the transaction failed (a cancelled operation whose command is still in progress), the
            // context must go, or its connection never returns to the pool and stays idle in transaction.
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }
    }
}
