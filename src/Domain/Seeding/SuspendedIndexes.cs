using System.Collections.Concurrent;
using Npgsql;

namespace Platform.Domain.Seeding;

/// <summary>
/// Drops the secondary indexes of the large seeded tables for a bulk load and rebuilds them afterwards: one sorted
/// build is several times cheaper than maintaining each index row by row in random key order. Primary keys and unique
/// indexes stay, so uniqueness is enforced throughout. The definitions are kept in a table before anything is dropped,
/// so a seed that is killed halfway leaves them behind and the next seed (or <see cref="RestoreAsync"/>) rebuilds them.
/// Runs as the owner role (only the owner may drop and create indexes).
/// </summary>
public static class SuspendedIndexes
{
    /// <summary>The owner-only table holding the definitions of dropped indexes until they are rebuilt.</summary>
    public const string LedgerTable = "seed_suspended_indexes";

    // Largest first, so parallel rebuilds finish at about the same time.
    private static readonly string[] LargeTables =
    [
        "interactions", "recordings", "policies", "verification_attempts", "customers", "complaint_status_history",
        "survey_responses", "training_records", "complaints", "do_not_call_requests",
    ];

    /// <summary>Records and drops the secondary non-unique indexes of the large seeded tables; returns how many.</summary>
    public static async Task<int> SuspendAsync(NpgsqlDataSource owner, CancellationToken ct)
    {
        await using var connection = await owner.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await EnsureLedgerAsync(connection, ct);
        var names = new List<string>();
        await using (var record = new NpgsqlCommand(
            $"""
            INSERT INTO {LedgerTable} (name, table_name, definition)
            SELECT i.relname, t.relname, pg_get_indexdef(i.oid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)
              AND NOT x.indisprimary AND NOT x.indisunique
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)
            ON CONFLICT (name) DO NOTHING
            RETURNING name
            """, connection))
        {
            record.Parameters.AddWithValue(LargeTables);
            await using var reader = await record.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX IF EXISTS public.\"{name}\"", connection);
            await drop.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return names.Count;
    }

    /// <summary>
    /// Rebuilds every index in the ledger (over <paramref name="parallelism"/> connections, one table at a time per
    /// connection), removes each from the ledger once built, and refreshes the planner statistics of the rebuilt tables.
    /// Returns how many indexes were rebuilt; 0 when nothing was suspended.
    /// </summary>
    public static async Task<int> RestoreAsync(NpgsqlDataSource owner, int parallelism, CancellationToken ct)
    {
        var pending = new List<(string Name, string Table, string Definition)>();
        await using (var connection = await owner.OpenConnectionAsync(ct))
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
            exists.Parameters.AddWithValue($"public.{LedgerTable}");
            if (await exists.ExecuteScalarAsync(ct) is not true)
            {
                return 0;
            }

            await using var list = new NpgsqlCommand($"SELECT name, table_name, definition FROM {LedgerTable} ORDER BY table_name, name", connection);
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                pending.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var tables = new ConcurrentQueue<IGrouping<string, (string Name, string Table, string Definition)>>(
            pending.GroupBy(p => p.Table).OrderBy(g => Array.IndexOf(LargeTables, g.Key) is var i && i >= 0 ? i : LargeTables.Length));
        var workers = Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(async () =>
        {
            await using var connection = await owner.OpenConnectionAsync(ct);
            while (tables.TryDequeue(out var table))
            {
                foreach (var index in table)
                {
                    // IF NOT EXISTS: a run interrupted after building but before the ledger row went is harmless.
                    var definition = index.Definition.Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal);
                    await using var build = new NpgsqlCommand(definition, connection);
                    await build.ExecuteNonQueryAsync(ct);
                    await using var done = new NpgsqlCommand($"DELETE FROM {LedgerTable} WHERE name = $1", connection);
                    done.Parameters.AddWithValue(index.Name);
                    await done.ExecuteNonQueryAsync(ct);
                }

                await using var analyze = new NpgsqlCommand($"ANALYZE public.\"{table.Key}\"", connection);
                await analyze.ExecuteNonQueryAsync(ct);
            }
        }, ct)).ToList();
        await Task.WhenAll(workers);
        return pending.Count;
    }

    private static async Task EnsureLedgerAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var create = new NpgsqlCommand(
            $"""
            CREATE TABLE IF NOT EXISTS {LedgerTable} (name text PRIMARY KEY, table_name text NOT NULL, definition text NOT NULL);
            REVOKE ALL ON {LedgerTable} FROM PUBLIC
            """, connection);
        await create.ExecuteNonQueryAsync(ct);
    }
}
