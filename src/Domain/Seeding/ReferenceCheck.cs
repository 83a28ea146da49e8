using Npgsql;

namespace Platform.Domain.Seeding;

/// <summary>
/// Set-based check that every foreign key the seeder fills points at an existing row of the same tenant. Used after a
/// bulk load that ran without per-row foreign-key triggers, so a generator bug still fails loudly.
/// </summary>
public static class ReferenceCheck
{
    /// <summary>Every (child table, child column, parent table) the seeder fills; parents are keyed by (tenant_id, id).</summary>
    public static IReadOnlyList<(string Child, string Column, string Parent)> References { get; } =
    [
        ("teams", "supervisor_id", "staff_members"),
        ("staff_members", "team_id", "teams"),
        ("staff_role_assignments", "staff_member_id", "staff_members"),
        ("training_records", "staff_member_id", "staff_members"),
        ("training_records", "course_id", "training_courses"),
        ("psychological_assessments", "staff_member_id", "staff_members"),
        ("do_not_call_requests", "customer_id", "customers"),
        ("policies", "policyholder_id", "customers"),
        ("policies", "insured_id", "customers"),
        ("interactions", "agent_id", "staff_members"),
        ("interactions", "customer_id", "customers"),
        ("interactions", "policy_id", "policies"),
        ("interactions", "transferred_to_id", "staff_members"),
        ("verification_attempts", "interaction_id", "interactions"),
        ("complaints", "complainant_id", "customers"),
        ("complaints", "policy_id", "policies"),
        ("complaints", "interaction_id", "interactions"),
        ("complaints", "handler_id", "staff_members"),
        ("complaints", "reviewer_id", "staff_members"),
        ("complaint_status_history", "complaint_id", "complaints"),
        ("recordings", "interaction_id", "interactions"),
        ("recordings", "complaint_id", "complaints"),
        ("recording_contents", "recording_id", "recordings"),
        ("survey_responses", "customer_id", "customers"),
        ("survey_responses", "interaction_id", "interactions"),
        ("survey_responses", "complaint_id", "complaints"),
        ("survey_responses", "policy_id", "policies"),
        ("survey_responses", "agent_id", "staff_members"),
    ];

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first reference of the tenant that dangles.</summary>
    public static Task VerifyAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken ct) =>
        VerifyAsync(connection, [tenantId], References, ct);

    /// <summary>
    /// Checks the given references for several tenants at once (one scan of each child table instead of one per
    /// tenant); throws <see cref="InvalidOperationException"/> naming the first reference that dangles.
    /// </summary>
    public static async Task VerifyAsync(
        NpgsqlConnection connection, Guid[] tenantIds, IEnumerable<(string Child, string Column, string Parent)> references, CancellationToken ct)
    {
        foreach (var (child, column, parent) in references)
        {
            await using var command = new NpgsqlCommand(
                $"""
                SELECT count(*) FROM {child} c
                WHERE c.tenant_id = ANY($1) AND c.{column} IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.tenant_id = c.tenant_id AND p.id = c.{column})
                """, connection);
            command.Parameters.AddWithValue(tenantIds);
            var dangling = (long)(await command.ExecuteScalarAsync(ct))!;
            if (dangling > 0)
            {
                throw new InvalidOperationException(
                    $"Seed integrity check failed: {dangling} rows of {child}.{column} for tenant {string.Join(", ", tenantIds)} point at no {parent} row.");
            }
        }
    }
}
