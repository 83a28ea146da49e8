using Npgsql;

namespace Platform.Domain.Seeding;

/// <summary>Deletes everything a demo tenant owns (children before parents) so a re-seed replaces rather than duplicates.</summary>
internal static class DemoTenantRemoval
{
    // Children before parents; the tenants row itself stays (other schemas, e.g. identity, may refer to it).
    private static readonly string[] Tables =
    [
        "recording_contents", "recording_access_grants", "recording_tombstones", "access_log", "domain_events",
        "tenant_event_sequences", "survey_responses", "complaint_clock_events", "complaint_status_history", "recordings",
        "complaints", "verification_attempts", "interactions", "do_not_call_requests", "policies", "customers",
        "training_records", "psychological_assessments", "training_courses", "staff_role_assignments",
    ];

    private static readonly HashSet<string> AppendOnly =
        ["recording_tombstones", "access_log", "domain_events", "complaint_clock_events", "complaint_status_history"];

    public static async Task RemoveAsync(NpgsqlConnection connection, Guid tenantId, Action<string> log, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Append-only tables let the loader remove rows of the tenant named here, and nothing else (see the migration).
        await ExecuteAsync(connection, "SELECT set_config('platform.remove_tenant', $1, true)", tenantId.ToString(), ct);
        foreach (var table in Tables)
        {
            if (AppendOnly.Contains(table) && !await HasRowsAsync(connection, table, tenantId, ct))
            {
                continue;
            }

            try
            {
                var removed = await ExecuteAsync(connection, $"DELETE FROM {table} WHERE tenant_id = $1", tenantId, ct);
                if (removed > 0)
                {
                    log($"removed {removed:N0} rows from {table}");
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new InvalidOperationException(
                    $"The demo tenant {tenantId} already has rows in the append-only table {table}, which this database does not " +
                    "let the loader remove. Re-create the database (`./platform db reset`) and seed again.", e);
            }
        }

        await ExecuteAsync(connection, "UPDATE teams SET supervisor_id = NULL WHERE tenant_id = $1", tenantId, ct);
        foreach (var table in new[] { "staff_members", "teams", "tenant_data_keys", "tenant_calendar_days" })
        {
            await ExecuteAsync(connection, $"DELETE FROM {table} WHERE tenant_id = $1", tenantId, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task<bool> HasRowsAsync(NpgsqlConnection connection, string table, Guid tenantId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table} WHERE tenant_id = $1)", connection);
        command.Parameters.AddWithValue(tenantId);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, object parameter, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(parameter);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
