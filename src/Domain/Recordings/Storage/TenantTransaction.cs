using Npgsql;

namespace Platform.Domain.Recordings.Storage;

/// <summary>A connection and transaction with `app.tenant_id` set for that transaction only, so a pooled connection never carries it on.</summary>
internal sealed class TenantTransaction : IAsyncDisposable
{
    private readonly NpgsqlTransaction _transaction;

    private TenantTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Connection = connection;
        _transaction = transaction;
    }

    public NpgsqlConnection Connection { get; }

    public static async Task<TenantTransaction> BeginAsync(NpgsqlDataSource dataSource, Guid tenantId, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            await using var command = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction);
            command.Parameters.AddWithValue(tenantId.ToString());
            await command.ExecuteNonQueryAsync(ct);
            return new TenantTransaction(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken ct) => _transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
