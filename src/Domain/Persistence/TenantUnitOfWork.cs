using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Platform.Domain.Persistence;

/// <summary>One tenant's transaction: a context filtered to the tenant on a connection scoped to it by row-level security.</summary>
public sealed class TenantUnitOfWork : IAsyncDisposable
{
    private readonly IDbContextTransaction _transaction;
    private bool _completed;

    internal TenantUnitOfWork(PlatformDbContext db, IDbContextTransaction transaction, Guid tenantId)
    {
        Db = db;
        _transaction = transaction;
        TenantId = tenantId;
    }

    /// <summary>The tenant this unit of work is bound to.</summary>
    public Guid TenantId { get; }

    /// <summary>The context; use it only inside this unit of work and from one caller at a time.</summary>
    public PlatformDbContext Db { get; }

    /// <summary>The underlying connection, for raw SQL or COPY that must run under the same tenant setting.</summary>
    public NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();

    /// <summary>The open transaction; pass it to raw NpgsqlCommands on <see cref="Connection"/>.</summary>
    public NpgsqlTransaction Transaction => (NpgsqlTransaction)_transaction.GetDbTransaction();

    /// <summary>Saves pending changes and commits; the unit of work cannot be used afterwards.</summary>
    public async Task CommitAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        await Db.SaveChangesAsync(ct);
        await _transaction.CommitAsync(ct);
        _completed = true;
    }

    /// <summary>Rolls back unless committed, and releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            _completed = true;
            try
            {
                await _transaction.RollbackAsync();
            }
            catch (Exception ex) when (ex is InvalidOperationException or NpgsqlException)
            {
                // The connection is already broken; disposing below releases it.
            }
        }

        await _transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}
