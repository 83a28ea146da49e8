using Npgsql;

namespace Platform.Api.Data;

/// <summary>
/// After a database restart every idle pooled connection is dead, and each would fail one request. The first statement
/// on a freshly rented connection is retried once on a clean pool when it fails below the SQL level (no server error:
/// the statement never ran), so the API heals by itself instead of failing a request per stale connection.
/// </summary>
public static class StaleConnections
{
    /// <summary>Runs <paramref name="begin"/>; on a broken connection clears the pool and runs it once more.</summary>
    public static async Task<T> RetryOnceAsync<T>(NpgsqlDataSource dataSource, Func<Task<T>> begin)
    {
        try
        {
            return await begin();
        }
        catch (NpgsqlException exception) when (exception is not PostgresException)
        {
            dataSource.Clear();
            return await begin();
        }
    }
}
