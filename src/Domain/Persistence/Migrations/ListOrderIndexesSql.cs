namespace Platform.Domain.Persistence.Migrations;

/// <summary>DDL of the list-order indexes, kept as plain SQL so reviewers read exactly what runs.</summary>
internal static class ListOrderIndexesSql
{
    public const string Up = """
    -- Every list reads one page by keyset: WHERE (key, id) > (k, i) ORDER BY key, id LIMIT n. Each index below
    -- matches one list order (after the tenant_id that row-level security compares), so PostgreSQL walks it and
    -- stops after the page instead of sorting the tenant's rows. Both directions use the same index (read backwards).
    -- The bulk seed drops and rebuilds the non-unique indexes of the large tables by reading the catalog, so these
    -- need no entry there.

    -- interactions: filters whose matches are rare would otherwise walk the whole time index to fill a page
    -- (on the large seed no interaction is open and about 1 % are urgent).
    CREATE INDEX ix_interactions_open_started ON interactions (tenant_id, started_at, id) WHERE ended_at IS NULL;
    CREATE INDEX ix_interactions_urgent_started ON interactions (tenant_id, started_at, id) WHERE urgency = 'Urgent';

    -- complaints by resolution due time (R-CMP-02); the existing partial index covers only unarchived complaints.
    CREATE INDEX ix_complaints_resolve_due ON complaints (tenant_id, resolve_due_at, id);

    -- the recording access log (R-REC-04) shares access_log with personal-data reads, so its order starts with the type.
    CREATE INDEX ix_access_log_type_occurred ON access_log (tenant_id, resource_type, occurred_at, id);
    CREATE INDEX ix_access_log_type_actor ON access_log (tenant_id, resource_type, actor_id, occurred_at, id);

    -- surveys by overall score.
    CREATE INDEX ix_survey_responses_overall ON survey_responses (tenant_id, overall_score, id);

    -- small tables, ordered by name: tenants, teams, users, courses.
    CREATE INDEX ix_tenants_code ON tenants (code, id);
    CREATE INDEX ix_tenants_name ON tenants (name, id);
    CREATE INDEX ix_teams_name ON teams (tenant_id, name, id);
    CREATE INDEX ix_staff_members_display_name ON staff_members (tenant_id, display_name, id);
    CREATE INDEX ix_staff_members_employee_number ON staff_members (tenant_id, employee_number, id);
    CREATE INDEX ix_training_courses_code ON training_courses (tenant_id, code, id);
    CREATE INDEX ix_training_courses_title ON training_courses (tenant_id, title, id);
    """;
}
