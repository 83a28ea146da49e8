using Npgsql;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Access;

/// <summary>A recording as access decisions see it: its tier inputs and the people related to it (R-REC-03).</summary>
public sealed record RecordingFacts(RecordingAccessSubject Subject, bool LegalHold, bool Purged);

/// <summary>Loads the facts an access decision needs in one query, inside the tenant's unit of work.</summary>
public static class RecordingSubjects
{
    /// <summary>The recording's access facts, or null when the tenant has no such recording.</summary>
    public static async Task<RecordingFacts?> LoadAsync(TenantUnitOfWork work, Guid recordingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var command = new NpgsqlCommand(
            """
            SELECT r.legal_hold, r.contains_health_information, r.flagged, r.complaint_id IS NOT NULL, r.purged_at IS NOT NULL,
                   i.agent_id, t.supervisor_id, c.handler_id
            FROM recordings r
            LEFT JOIN interactions i ON i.tenant_id = r.tenant_id AND i.id = r.interaction_id
            LEFT JOIN staff_members s ON s.tenant_id = i.tenant_id AND s.id = i.agent_id
            LEFT JOIN teams t ON t.tenant_id = s.tenant_id AND t.id = s.team_id
            LEFT JOIN complaints c ON c.tenant_id = r.tenant_id AND c.id = r.complaint_id
            WHERE r.tenant_id = $1 AND r.id = $2
            """, work.Connection, work.Transaction);
        command.Parameters.AddWithValue(work.TenantId);
        command.Parameters.AddWithValue(recordingId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var legalHold = reader.GetBoolean(0);
        // The tier is derived from the facts rather than trusted from the stored column (R-REC-03).
        var tier = RecordingTiering.TierFor(legalHold, reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3));
        var subject = new RecordingAccessSubject(
            recordingId, tier, NullableGuid(reader, 5), NullableGuid(reader, 6), NullableGuid(reader, 7));
        return new RecordingFacts(subject, legalHold, reader.GetBoolean(4));
    }

    /// <summary>The active staff member whose identity subject is <paramref name="subject"/>, or null.</summary>
    public static async Task<Guid?> StaffIdAsync(TenantUnitOfWork work, string subject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        await using var command = new NpgsqlCommand(
            "SELECT id FROM staff_members WHERE tenant_id = $1 AND user_id = $2 AND active", work.Connection, work.Transaction);
        command.Parameters.AddWithValue(work.TenantId);
        command.Parameters.AddWithValue(subject);
        return await command.ExecuteScalarAsync(ct) is Guid id ? id : null;
    }

    private static Guid? NullableGuid(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);
}
