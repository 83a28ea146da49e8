using Npgsql;

namespace Platform.Domain.Seeding;

/// <summary>Loads one demo tenant's generated rows, table by table in foreign-key order, over one connection.</summary>
internal sealed class TenantLoader(NpgsqlConnection connection, TenantWorld world, Action<string> log)
{
    public void Load(CancellationToken ct)
    {
        var customers = new CustomerGenerator(world);
        var interactions = new InteractionGenerator(world, customers);
        var policies = new PolicyGenerator(world);
        var complaints = new ComplaintGenerator(world, interactions);
        var staff = new StaffGenerator(world);
        var training = new TrainingGenerator(world);

        Copy("tenant_calendar_days", "tenant_id, day, kind, name", CalendarDays(), (r, d) => r
            .Uuid(world.Tenant.Id).Date(d.Day).Text(d.Kind).Text(d.Name), ct);

        // Teams and their supervisors reference each other: teams first without supervisor, then set it.
        Copy("teams", "tenant_id, id, name, created_at", staff.Teams(), (r, t) => r
            .Uuid(t.TenantId).Uuid(t.Id).Text(t.Name).Instant(t.CreatedAt), ct);
        Copy("staff_members", "tenant_id, id, employee_number, display_name, email, phone, team_id, hired_on, active, created_at, user_id",
            staff.Staff(), (r, s) => r
            .Uuid(s.TenantId).Uuid(s.Id).Text(s.EmployeeNumber).Text(s.DisplayName).Text(s.Email).Text(s.Phone)
            .Uuid(s.TeamId).Date(s.HiredOn).Bool(s.Active).Instant(s.CreatedAt).Text(s.UserId), ct);
        AssignSupervisors(staff.Teams().ToList());
        Copy("staff_role_assignments", "tenant_id, id, staff_member_id, role, granted_at", staff.Roles(), (r, a) => r
            .Uuid(a.TenantId).Uuid(a.Id).Uuid(a.StaffMemberId).Enum(a.Role).Instant(a.GrantedAt), ct);

        Copy("training_courses", "tenant_id, id, code, title, kind, hours, created_at", training.Courses(), (r, c) => r
            .Uuid(c.TenantId).Uuid(c.Id).Text(c.Code).Text(c.Title).Enum(c.Kind).Money(c.Hours).Instant(c.CreatedAt), ct);
        Copy("training_records", "tenant_id, id, staff_member_id, course_id, completed_on, hours, score, passed, created_at",
            training.Records(), (r, t) => r
            .Uuid(t.TenantId).Uuid(t.Id).Uuid(t.StaffMemberId).Uuid(t.CourseId).Date(t.CompletedOn).Money(t.Hours)
            .Money(t.Score).Bool(t.Passed).Instant(t.CreatedAt), ct);
        Copy("psychological_assessments", "tenant_id, id, staff_member_id, assessed_on, passed, score, assessor, notes",
            training.Assessments(), (r, a) => r
            .Uuid(a.TenantId).Uuid(a.Id).Uuid(a.StaffMemberId).Date(a.AssessedOn).Bool(a.Passed).Money(a.Score)
            .Text(a.Assessor).Text(a.Notes), ct);

        Copy("customers",
            "tenant_id, id, name, gender, birth_date, occupation, phone, reserved_phone, email, address, id_document_type, " +
            "id_number, health_information, bank_account, risk_level, preferred_channel, accepts_marketing, created_at, updated_at",
            customers.All(), (r, c) => r
            .Uuid(c.TenantId).Uuid(c.Id).Text(c.Name).Enum(c.Gender).Date(c.BirthDate).Text(c.Occupation).Text(c.Phone)
            .Text(c.ReservedPhone).Text(c.Email).Text(c.Address).Enum(c.IdDocumentType).Text(c.IdNumber)
            .Text(c.HealthInformation).Text(c.BankAccount).Enum(c.RiskLevel).Enum(c.PreferredChannel).Bool(c.AcceptsMarketing)
            .Instant(c.CreatedAt).Instant(c.CreatedAt), ct);
        Copy("do_not_call_requests", "tenant_id, id, customer_id, purpose, requested_at, note", DoNotCall.Requests(world), (r, d) => r
            .Uuid(d.TenantId).Uuid(d.Id).Uuid(d.CustomerId).Enum(d.Purpose).Instant(d.RequestedAt).Text(d.Note), ct);
        Copy("policies",
            "tenant_id, id, policy_number, product_line, product_name, sum_insured, premium, start_date, end_date, status, " +
            "policyholder_id, insured_id, created_at",
            policies.All(), (r, p) => r
            .Uuid(p.TenantId).Uuid(p.Id).Text(p.PolicyNumber).Enum(p.ProductLine).Text(p.ProductName).Money(p.SumInsured)
            .Money(p.Premium).Date(p.StartDate).Date(p.EndDate).Enum(p.Status).Uuid(p.PolicyholderId).Uuid(p.InsuredId)
            .Instant(p.CreatedAt), ct);

        Copy("interactions",
            "tenant_id, id, channel, purpose, agent_id, customer_id, policy_id, started_at, answered_at, ended_at, summary, " +
            "outcome_tag, urgency, late_answer, wrapped_up_at, late_wrap_up, verified_at, verification_method, " +
            "verified_relative_relationship, failed_verification_count, verification_locked, transferred_at, transfer_reason, " +
            "transfer_expected_wait_seconds, transferred_to_id, escalated_at, escalation_reason, callback_due_at, " +
            "department_notified_at, created_at",
            interactions.All(), (r, i) => r
            .Uuid(i.TenantId).Uuid(i.Id).Enum(i.Channel).Enum(i.Purpose).Uuid(i.AgentId).Uuid(i.CustomerId).Uuid(i.PolicyId)
            .Instant(i.StartedAt).Instant(i.AnsweredAt).Instant(i.EndedAt).Text(i.Summary).Enum(i.OutcomeTag).Enum(i.Urgency)
            .Bool(i.LateAnswer).Instant(i.WrappedUpAt).Bool(i.LateWrapUp).Instant(i.VerifiedAt).Enum(i.VerificationMethod)
            .Text(i.VerifiedRelativeRelationship).Int(i.FailedVerificationCount).Bool(i.VerificationLocked)
            .Instant(i.TransferredAt).Text(i.TransferReason).Int(i.TransferExpectedWaitSeconds).Uuid(i.TransferredToId)
            .Instant(i.EscalatedAt).Text(i.EscalationReason).Instant(i.CallbackDueAt).Instant(i.DepartmentNotifiedAt)
            .Instant(i.StartedAt), ct);
        Copy("verification_attempts",
            "tenant_id, id, interaction_id, attempted_at, method, succeeded, relative_relationship, failure_reason",
            interactions.All().SelectMany(i => i.Attempts), (r, a) => r
            .Uuid(a.TenantId).Uuid(a.Id).Uuid(a.InteractionId).Instant(a.AttemptedAt).Enum(a.Method).Bool(a.Succeeded)
            .Text(a.RelativeRelationship).Text(a.FailureReason), ct);

        Copy("complaints",
            "tenant_id, id, reference, channel, complainant_id, policy_id, interaction_id, category, severity, urgent, " +
            "description, customer_expectation, handler_id, reviewer_id, status, received_at, accepted_at, " +
            "investigation_started_at, resolved_at, feedback_given_at, review_started_at, archived_at, accept_due_at, " +
            "investigation_due_at, resolve_due_at, feedback_due_at, decision_due_at, decided_at, extension, extension_reason, " +
            "department_notified_at, callback_due_at, root_cause, remedy, compensation_amount, resolution_measures, " +
            "feedback_text, next_steps, review_requested_at, reopen_count",
            complaints.All(), (r, c) => r
            .Uuid(c.TenantId).Uuid(c.Id).Text(c.Reference).Enum(c.Channel).Uuid(c.ComplainantId).Uuid(c.PolicyId)
            .Uuid(c.InteractionId).Enum(c.Category).Enum(c.Severity).Bool(c.Urgent).Text(c.Description)
            .Text(c.CustomerExpectation).Uuid(c.HandlerId).Uuid(c.ReviewerId).Enum(c.Status).Instant(c.ReceivedAt)
            .Instant(c.AcceptedAt).Instant(c.InvestigationStartedAt).Instant(c.ResolvedAt).Instant(c.FeedbackGivenAt)
            .Instant(c.ReviewStartedAt).Instant(c.ArchivedAt).Instant(c.AcceptDueAt).Instant(c.InvestigationDueAt)
            .Instant(c.ResolveDueAt).Instant(c.FeedbackDueAt).Instant(c.DecisionDueAt).Instant(c.DecidedAt).Text(c.Extension)
            .Text(c.ExtensionReason).Instant(c.DepartmentNotifiedAt).Instant(c.CallbackDueAt).Text(c.RootCause).Text(c.Remedy)
            .Money(c.CompensationAmount).Text(c.ResolutionMeasures).Text(c.FeedbackText).Text(c.NextSteps)
            .Instant(c.ReviewRequestedAt).Int(c.ReopenCount), ct);
        Copy("complaint_status_history",
            "tenant_id, id, complaint_id, from_status, to_status, changed_at, changed_by_id, changed_by_kind, note",
            complaints.All().SelectMany(c => c.History), (r, h) => r
            .Uuid(h.TenantId).Uuid(h.Id).Uuid(h.ComplaintId).Enum(h.FromStatus).Enum(h.ToStatus).Instant(h.ChangedAt)
            .Uuid(h.ChangedById).Text(h.ChangedByKind).Text(h.Note), ct);

        var recordings = new RecordingGenerator(world, interactions, complaints, policies);
        Copy("recordings",
            "tenant_id, id, interaction_id, complaint_id, linked_at, started_at, duration_seconds, tier, " +
            "contains_health_information, flagged, retention_until, legal_hold, legal_hold_reason, size_bytes, created_at",
            recordings.All(), (r, x) => r
            .Uuid(x.TenantId).Uuid(x.Id).Uuid(x.InteractionId).Uuid(x.ComplaintId).Instant(x.LinkedAt).Instant(x.StartedAt)
            .Int(x.DurationSeconds).Enum(x.Tier).Bool(x.ContainsHealthInformation).Bool(x.Flagged).Date(x.RetentionUntil)
            .Bool(x.LegalHold).Text(x.LegalHoldReason).Long(x.SizeBytes).Instant(x.StartedAt), ct);

        var surveys = new SurveyGenerator(world, interactions, complaints, policies);
        Copy("survey_responses",
            "tenant_id, id, customer_id, interaction_id, complaint_id, policy_id, agent_id, channel, attitude_score, " +
            "efficiency_score, professionalism_score, content_score, follow_up_score, overall_score, comment, responded_at",
            surveys.All(), (r, s) => r
            .Uuid(s.TenantId).Uuid(s.Id).Uuid(s.CustomerId).Uuid(s.InteractionId).Uuid(s.ComplaintId).Uuid(s.PolicyId)
            .Uuid(s.AgentId).Enum(s.Channel).Short(s.Attitude).Short(s.Efficiency).Short(s.Professionalism).Short(s.Content)
            .Short(s.FollowUp).Short(s.Overall).Text(s.Comment).Instant(s.RespondedAt), ct);
    }

    private void Copy<TRow>(string table, string columns, IEnumerable<TRow> rows, Action<CopyRow, TRow> write, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var count = TableCopy.Run(connection, table, columns, rows, write, ct);
        log($"{world.Tenant.Slug}: {table} {count:N0} rows in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }

    private IEnumerable<(DateOnly Day, string Kind, string Name)> CalendarDays() =>
        ChinaHolidays.Holidays.Select(d => (d, "Holiday", ChinaHolidays.NameOf(d)))
            .Concat(ChinaHolidays.MakeUpWorkingDays.Select(d => (d, "WorkingDay", "调休上班")));

    private void AssignSupervisors(List<TeamRow> teams)
    {
        using var command = new NpgsqlCommand(
            """
            UPDATE teams t SET supervisor_id = v.supervisor_id
            FROM unnest($1::uuid[], $2::uuid[]) AS v(team_id, supervisor_id)
            WHERE t.tenant_id = $3 AND t.id = v.team_id
            """, connection);
        command.Parameters.AddWithValue(teams.Select(t => t.Id).ToArray());
        command.Parameters.AddWithValue(teams.Select(t => t.SupervisorId).ToArray());
        command.Parameters.AddWithValue(world.Tenant.Id);
        command.ExecuteNonQuery();
    }
}
