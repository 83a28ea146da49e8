namespace Platform.Domain.Persistence.Migrations;

/// <summary>DDL of the initial schema, kept as plain SQL so reviewers read exactly what runs.</summary>
internal static class InitialSchemaSql
{
    public const string Up = """
    -- Initial schema of the insurer platform. Runs as platform_owner, inside the migration's transaction.
    -- Conventions: snake_case; every tenant-owned table starts its primary key with tenant_id; foreign keys
    -- between tenant tables include tenant_id, so a row can never reference another tenant's row (foreign-key
    -- checks ignore row-level security, the composite key does not). Enums are stored as text holding the C#
    -- enum member name (e.g. 'InboundCall'). Times are timestamptz (UTC), calendar dates are date.

    -- ---------------------------------------------------------------- helpers

    -- Refuses UPDATE, DELETE and TRUNCATE on append-only tables, whoever the caller is. One exception: the bulk
    -- loader may delete one tenant's rows when it names that tenant in platform.remove_tenant (re-seeding demo data).
    CREATE FUNCTION platform_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' AND current_user = 'platform_loader'
         AND coalesce(current_setting('platform.remove_tenant', true), '') <> '' THEN
        IF TG_LEVEL = 'STATEMENT' THEN
          RETURN NULL;
        END IF;
        IF OLD.tenant_id::text = current_setting('platform.remove_tenant', true) THEN
          RETURN OLD;
        END IF;
      END IF;
      RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$;

    -- Turns on forced row-level security with the tenant policy; every tenant table goes through here.
    CREATE FUNCTION platform_protect_tenant_table(target regclass) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
      EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
      EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
          USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
          WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)$p$, target);
    END
    $$;

    -- Marks a table append-only: trigger for everyone, and no UPDATE/DELETE/TRUNCATE grants.
    CREATE FUNCTION platform_make_append_only(target regclass) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      -- Statement level, so the attempt fails even when row-level security leaves no row to touch;
      -- row level for DELETE, so the loader's exception is limited to the named tenant's rows.
      EXECUTE format('CREATE TRIGGER refuse_change BEFORE UPDATE OR DELETE OR TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_change()', target);
      EXECUTE format('CREATE TRIGGER refuse_row_delete BEFORE DELETE ON %s FOR EACH ROW EXECUTE FUNCTION platform_refuse_change()', target);
    END
    $$;

    REVOKE EXECUTE ON FUNCTION platform_protect_tenant_table(regclass) FROM PUBLIC;
    REVOKE EXECUTE ON FUNCTION platform_make_append_only(regclass) FROM PUBLIC;

    -- ---------------------------------------------------------------- tenants (platform registry, no tenant_id)

    CREATE TABLE tenants (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      status text NOT NULL DEFAULT 'Active',
      time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
      working_day_calls_from time NOT NULL DEFAULT '08:30',
      working_day_calls_until time NOT NULL DEFAULT '17:30',
      other_day_calls_from time NOT NULL DEFAULT '09:00',
      other_day_calls_until time NOT NULL DEFAULT '17:00',
      created_at timestamptz NOT NULL DEFAULT now(),
      suspended_at timestamptz
    );
    CREATE INDEX ix_tenants_created ON tenants (created_at, id);

    -- Public holidays and make-up working days; weekdays/weekends need no rows.
    CREATE TABLE tenant_calendar_days (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      day date NOT NULL,
      kind text NOT NULL,              -- 'Holiday' | 'WorkingDay'
      name text NOT NULL DEFAULT '',
      PRIMARY KEY (tenant_id, day)
    );

    -- ---------------------------------------------------------------- staff

    CREATE TABLE teams (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      name text NOT NULL,
      supervisor_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    );
    CREATE INDEX ix_teams_created ON teams (tenant_id, created_at, id);

    CREATE TABLE staff_members (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      employee_number text NOT NULL,
      display_name text NOT NULL,
      email text,
      phone text,
      team_id uuid,
      user_id text,                    -- subject of the person's login in the identity service
      hired_on date,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, employee_number),
      FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id)
    );
    CREATE INDEX ix_staff_members_created ON staff_members (tenant_id, created_at, id);
    CREATE INDEX ix_staff_members_team ON staff_members (tenant_id, team_id, id);
    CREATE UNIQUE INDEX ux_staff_members_user ON staff_members (tenant_id, user_id) WHERE user_id IS NOT NULL;

    ALTER TABLE teams ADD FOREIGN KEY (tenant_id, supervisor_id) REFERENCES staff_members (tenant_id, id);

    CREATE TABLE staff_role_assignments (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      staff_member_id uuid NOT NULL,
      role text NOT NULL,
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, staff_member_id, role),
      FOREIGN KEY (tenant_id, staff_member_id) REFERENCES staff_members (tenant_id, id) ON DELETE CASCADE
    );

    -- ---------------------------------------------------------------- customers and policies

    CREATE TABLE customers (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      name text NOT NULL,
      gender text NOT NULL DEFAULT 'Unknown',
      birth_date date,
      occupation text,
      phone text,
      reserved_phone text,             -- registered number for the minor/elderly alternative (R-CALL-03)
      email text,
      address text,
      id_document_type text NOT NULL DEFAULT 'ResidentIdCard',
      id_number text,
      health_information text,         -- sensitive (R-PII-01)
      bank_account text,               -- sensitive (R-PII-01)
      risk_level text NOT NULL DEFAULT 'Low',
      preferred_channel text,          -- contact preference: an InteractionChannel
      accepts_marketing boolean NOT NULL DEFAULT false,
      user_id text,                    -- subject of the customer's self-service login
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    );
    CREATE INDEX ix_customers_created ON customers (tenant_id, created_at, id);
    CREATE INDEX ix_customers_name ON customers (tenant_id, name, id);
    CREATE INDEX ix_customers_phone ON customers (tenant_id, phone);
    CREATE INDEX ix_customers_id_number ON customers (tenant_id, id_number);
    CREATE UNIQUE INDEX ux_customers_user ON customers (tenant_id, user_id) WHERE user_id IS NOT NULL;

    CREATE TABLE do_not_call_requests (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      customer_id uuid NOT NULL,
      purpose text NOT NULL,           -- CallPurpose the request covers (R-CALL-06, R-CALL-09)
      requested_at timestamptz NOT NULL,
      note text,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
    );
    CREATE INDEX ix_do_not_call_customer ON do_not_call_requests (tenant_id, customer_id, requested_at DESC);

    CREATE TABLE policies (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      policy_number text NOT NULL,
      product_line text NOT NULL,
      product_name text NOT NULL,
      sum_insured numeric(18, 2) NOT NULL,
      premium numeric(18, 2) NOT NULL,
      currency char(3) NOT NULL DEFAULT 'CNY',
      start_date date NOT NULL,
      end_date date NOT NULL,
      status text NOT NULL,
      policyholder_id uuid NOT NULL,
      insured_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, policy_number),
      FOREIGN KEY (tenant_id, policyholder_id) REFERENCES customers (tenant_id, id),
      FOREIGN KEY (tenant_id, insured_id) REFERENCES customers (tenant_id, id)
    );
    CREATE INDEX ix_policies_created ON policies (tenant_id, created_at, id);
    CREATE INDEX ix_policies_end_date ON policies (tenant_id, end_date, id);  -- renewal reminders (R-POL-01)
    CREATE INDEX ix_policies_policyholder ON policies (tenant_id, policyholder_id, id);
    CREATE INDEX ix_policies_insured ON policies (tenant_id, insured_id, id);

    -- ---------------------------------------------------------------- interactions and recordings

    CREATE TABLE interactions (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      channel text NOT NULL,
      purpose text,                    -- CallPurpose of outbound calls (R-CALL-09)
      agent_id uuid NOT NULL,
      customer_id uuid,
      policy_id uuid,
      started_at timestamptz NOT NULL,
      answered_at timestamptz,
      ended_at timestamptz,
      summary text,
      outcome_tag text,
      urgency text NOT NULL DEFAULT 'Normal',
      late_answer boolean NOT NULL DEFAULT false,        -- R-CALL-01
      wrapped_up_at timestamptz,
      late_wrap_up boolean NOT NULL DEFAULT false,       -- R-CALL-07 service defect
      verified_at timestamptz,
      verification_method text,
      verified_relative_relationship text,
      failed_verification_count integer NOT NULL DEFAULT 0,
      verification_locked boolean NOT NULL DEFAULT false, -- R-CALL-03 after 3 failures
      transferred_at timestamptz,
      transfer_reason text,
      transfer_expected_wait_seconds integer,
      transferred_to_id uuid,
      escalated_at timestamptz,
      escalation_reason text,
      callback_due_at timestamptz,
      department_notified_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, agent_id) REFERENCES staff_members (tenant_id, id),
      FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
      FOREIGN KEY (tenant_id, policy_id) REFERENCES policies (tenant_id, id),
      FOREIGN KEY (tenant_id, transferred_to_id) REFERENCES staff_members (tenant_id, id)
    );
    CREATE INDEX ix_interactions_started ON interactions (tenant_id, started_at, id);
    CREATE INDEX ix_interactions_agent ON interactions (tenant_id, agent_id, started_at, id);
    CREATE INDEX ix_interactions_customer ON interactions (tenant_id, customer_id, started_at, id);
    CREATE INDEX ix_interactions_policy ON interactions (tenant_id, policy_id) WHERE policy_id IS NOT NULL;

    CREATE TABLE verification_attempts (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      interaction_id uuid NOT NULL,
      attempted_at timestamptz NOT NULL,
      method text NOT NULL,
      succeeded boolean NOT NULL,
      relative_relationship text,
      failure_reason text,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, interaction_id) REFERENCES interactions (tenant_id, id)
    );
    CREATE INDEX ix_verification_attempts_interaction ON verification_attempts (tenant_id, interaction_id, attempted_at, id);

    CREATE TABLE recordings (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      interaction_id uuid,
      complaint_id uuid,               -- set when linked to a complaint or dispute (R-REC-02)
      linked_at timestamptz,
      started_at timestamptz NOT NULL,
      duration_seconds integer NOT NULL,
      tier text NOT NULL DEFAULT 'Standard',
      contains_health_information boolean NOT NULL DEFAULT false,
      flagged boolean NOT NULL DEFAULT false,
      retention_until date NOT NULL,
      legal_hold boolean NOT NULL DEFAULT false,
      legal_hold_reason text,
      content_type text NOT NULL DEFAULT 'audio/wav',
      size_bytes bigint NOT NULL DEFAULT 0,
      content_sha256 bytea,
      purged_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, interaction_id) REFERENCES interactions (tenant_id, id)
    );
    CREATE INDEX ix_recordings_started ON recordings (tenant_id, started_at, id);
    CREATE INDEX ix_recordings_interaction ON recordings (tenant_id, interaction_id);
    CREATE INDEX ix_recordings_retention ON recordings (tenant_id, retention_until, id) WHERE purged_at IS NULL;

    -- Per-tenant data keys, wrapped by the master key (R-REC-01).
    CREATE TABLE tenant_data_keys (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      version integer NOT NULL,
      wrapped_key bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, version)
    );

    -- Encrypted content, outside the row that lists the recording (AES-GCM under the tenant's data key).
    CREATE TABLE recording_contents (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      recording_id uuid NOT NULL,
      key_version integer NOT NULL,
      nonce bytea NOT NULL,
      ciphertext bytea NOT NULL,
      tag bytea NOT NULL,
      content_sha256 bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, recording_id),
      FOREIGN KEY (tenant_id, recording_id) REFERENCES recordings (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, key_version) REFERENCES tenant_data_keys (tenant_id, version)
    );
    ALTER TABLE recording_contents ALTER COLUMN ciphertext SET STORAGE EXTERNAL;  -- already random: skip compression

    -- Short-lived, single-recording playback/download grants (R-REC-04, R-REC-05).
    CREATE TABLE recording_access_grants (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      recording_id uuid NOT NULL,
      staff_member_id uuid NOT NULL,
      kind text NOT NULL,              -- RecordingAccessKind
      purpose text NOT NULL,
      granted_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      token_sha256 bytea NOT NULL,
      used_at timestamptz,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, recording_id) REFERENCES recordings (tenant_id, id),
      FOREIGN KEY (tenant_id, staff_member_id) REFERENCES staff_members (tenant_id, id)
    );
    CREATE UNIQUE INDEX ux_recording_access_grants_token ON recording_access_grants (tenant_id, token_sha256);
    CREATE INDEX ix_recording_access_grants_granted ON recording_access_grants (tenant_id, granted_at, id);

    -- Purge tombstones in a per-tenant hash chain (R-REC-06); no FK: the recording row may be gone.
    CREATE TABLE recording_tombstones (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      sequence bigint NOT NULL,
      recording_id uuid NOT NULL,
      purged_at timestamptz NOT NULL,
      content_sha256 bytea NOT NULL,
      previous_hash bytea NOT NULL,
      hash bytea NOT NULL,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, sequence)
    );
    CREATE INDEX ix_recording_tombstones_purged ON recording_tombstones (tenant_id, purged_at, id);

    -- ---------------------------------------------------------------- complaints

    CREATE TABLE complaints (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      reference text NOT NULL,
      channel text NOT NULL,
      complainant_id uuid NOT NULL,
      policy_id uuid,
      interaction_id uuid,
      category text NOT NULL,
      severity text NOT NULL DEFAULT 'General',
      urgent boolean NOT NULL DEFAULT false,
      description text NOT NULL,
      customer_expectation text,
      handler_id uuid,
      reviewer_id uuid,
      status text NOT NULL DEFAULT 'Received',
      received_at timestamptz NOT NULL,
      accepted_at timestamptz,
      investigation_started_at timestamptz,
      resolved_at timestamptz,
      feedback_given_at timestamptz,
      review_started_at timestamptz,
      archived_at timestamptz,
      -- tenant deadlines (R-CMP-02), moved by pauses and calendar changes (R-CMP-08)
      accept_due_at timestamptz NOT NULL,
      investigation_due_at timestamptz NOT NULL,
      resolve_due_at timestamptz NOT NULL,
      feedback_due_at timestamptz,
      paused_at timestamptz,
      pause_reason text,
      paused_seconds bigint NOT NULL DEFAULT 0,
      overdue_alerted_at timestamptz,
      -- regulatory ceiling (R-CMP-07): never pauses
      decision_due_at timestamptz,
      decided_at timestamptz,
      extension text NOT NULL DEFAULT 'None',  -- 'None' | 'Complex' (30 d) | 'ParticularlyComplex' (60 d)
      extension_reason text,
      extension_approved_by_id uuid,
      extension_notice_sent_at timestamptz,
      -- green channel (R-CMP-03, R-CALL-04)
      department_notified_at timestamptz,
      callback_due_at timestamptz,
      -- resolution and feedback (R-CMP-04)
      root_cause text,
      remedy text,                     -- 'ReService' | 'Compensation' | 'Training' | 'ProcessChange' | 'Explanation'
      compensation_amount numeric(18, 2),
      resolution_measures text,
      feedback_text text,
      next_steps text,
      review_requested_at timestamptz,  -- R-CMP-09
      reopen_count integer NOT NULL DEFAULT 0,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, reference),
      FOREIGN KEY (tenant_id, complainant_id) REFERENCES customers (tenant_id, id),
      FOREIGN KEY (tenant_id, policy_id) REFERENCES policies (tenant_id, id),
      FOREIGN KEY (tenant_id, interaction_id) REFERENCES interactions (tenant_id, id),
      FOREIGN KEY (tenant_id, handler_id) REFERENCES staff_members (tenant_id, id),
      FOREIGN KEY (tenant_id, reviewer_id) REFERENCES staff_members (tenant_id, id),
      FOREIGN KEY (tenant_id, extension_approved_by_id) REFERENCES staff_members (tenant_id, id)
    );
    CREATE INDEX ix_complaints_received ON complaints (tenant_id, received_at, id);
    CREATE INDEX ix_complaints_status ON complaints (tenant_id, status, received_at, id);
    CREATE INDEX ix_complaints_handler ON complaints (tenant_id, handler_id, received_at, id);
    CREATE INDEX ix_complaints_complainant ON complaints (tenant_id, complainant_id, received_at, id);
    CREATE INDEX ix_complaints_open_resolve_due ON complaints (tenant_id, resolve_due_at, id) WHERE archived_at IS NULL;

    ALTER TABLE recordings ADD FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints (tenant_id, id);

    CREATE TABLE complaint_status_history (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      complaint_id uuid NOT NULL,
      from_status text,                -- null for the first entry (received)
      to_status text NOT NULL,
      changed_at timestamptz NOT NULL,
      changed_by_id uuid,              -- staff member; null when the customer or the system acted
      changed_by_kind text NOT NULL DEFAULT 'Staff',  -- 'Staff' | 'Customer' | 'System'
      note text,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints (tenant_id, id)
    );
    CREATE INDEX ix_complaint_status_history_complaint ON complaint_status_history (tenant_id, complaint_id, changed_at, id);
    CREATE INDEX ix_complaint_status_history_changed ON complaint_status_history (tenant_id, changed_at, id);

    -- Pauses, resumptions and extensions of the complaint clocks, with their reasons (R-CMP-07, R-CMP-08).
    CREATE TABLE complaint_clock_events (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      complaint_id uuid NOT NULL,
      kind text NOT NULL,              -- 'Paused' | 'Resumed' | 'Extended' | 'CalendarChanged'
      occurred_at timestamptz NOT NULL,
      actor_id uuid,
      reason text NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints (tenant_id, id)
    );
    CREATE INDEX ix_complaint_clock_events_complaint ON complaint_clock_events (tenant_id, complaint_id, occurred_at, id);

    -- ---------------------------------------------------------------- outbox

    CREATE TABLE tenant_event_sequences (
      tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
      last_sequence bigint NOT NULL
    );

    CREATE TABLE domain_events (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      sequence bigint NOT NULL,         -- assigned by trigger: gap-free per tenant
      type text NOT NULL,               -- e.g. 'ComplaintStatusChanged', 'InteractionEscalated', 'ComplaintOverdue'
      aggregate_type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}',
      occurred_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, sequence)
    );
    CREATE INDEX ix_domain_events_occurred ON domain_events (tenant_id, occurred_at, id);

    -- The counter row is locked until the inserting transaction ends, so sequences are allocated in commit
    -- order per tenant and a rollback returns its number: no gaps. NOTIFY is delivered only on commit.
    CREATE FUNCTION platform_assign_event_sequence() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO tenant_event_sequences AS s (tenant_id, last_sequence)
      VALUES (NEW.tenant_id, 1)
      ON CONFLICT (tenant_id) DO UPDATE SET last_sequence = s.last_sequence + 1
      RETURNING s.last_sequence INTO NEW.sequence;
      PERFORM pg_notify('domain_events', NEW.tenant_id::text || ':' || NEW.sequence::text);
      RETURN NEW;
    END
    $$;
    CREATE TRIGGER assign_sequence BEFORE INSERT ON domain_events
      FOR EACH ROW EXECUTE FUNCTION platform_assign_event_sequence();

    -- ---------------------------------------------------------------- training

    CREATE TABLE training_courses (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      code text NOT NULL,
      title text NOT NULL,
      kind text NOT NULL,
      hours numeric(6, 2) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, code)
    );
    CREATE INDEX ix_training_courses_created ON training_courses (tenant_id, created_at, id);

    CREATE TABLE training_records (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      staff_member_id uuid NOT NULL,
      course_id uuid NOT NULL,
      completed_on date NOT NULL,
      hours numeric(6, 2) NOT NULL,
      score numeric(5, 2),              -- percent, 100 = full pass
      passed boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, staff_member_id) REFERENCES staff_members (tenant_id, id),
      FOREIGN KEY (tenant_id, course_id) REFERENCES training_courses (tenant_id, id)
    );
    CREATE INDEX ix_training_records_completed ON training_records (tenant_id, completed_on, id);
    CREATE INDEX ix_training_records_staff ON training_records (tenant_id, staff_member_id, completed_on, id);

    CREATE TABLE psychological_assessments (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      staff_member_id uuid NOT NULL,
      assessed_on date NOT NULL,
      passed boolean NOT NULL,
      score numeric(5, 2),
      assessor text,
      notes text,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, staff_member_id) REFERENCES staff_members (tenant_id, id)
    );
    CREATE INDEX ix_psychological_assessments_staff ON psychological_assessments (tenant_id, staff_member_id, assessed_on, id);
    CREATE INDEX ix_psychological_assessments_assessed ON psychological_assessments (tenant_id, assessed_on, id);

    -- ---------------------------------------------------------------- surveys

    CREATE TABLE survey_responses (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      customer_id uuid NOT NULL,
      interaction_id uuid,
      complaint_id uuid,
      policy_id uuid,
      agent_id uuid,                   -- staff member served (for R-SAT-02 aggregation)
      channel text,                    -- InteractionChannel of the surveyed contact
      attitude_score smallint CHECK (attitude_score BETWEEN 1 AND 5),
      efficiency_score smallint CHECK (efficiency_score BETWEEN 1 AND 5),
      professionalism_score smallint CHECK (professionalism_score BETWEEN 1 AND 5),
      content_score smallint CHECK (content_score BETWEEN 1 AND 5),
      follow_up_score smallint CHECK (follow_up_score BETWEEN 1 AND 5),
      overall_score smallint NOT NULL CHECK (overall_score BETWEEN 1 AND 5),
      comment text,
      responded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, id),
      CHECK (num_nonnulls(interaction_id, complaint_id, policy_id) = 1),
      FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
      FOREIGN KEY (tenant_id, interaction_id) REFERENCES interactions (tenant_id, id),
      FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints (tenant_id, id),
      FOREIGN KEY (tenant_id, policy_id) REFERENCES policies (tenant_id, id),
      FOREIGN KEY (tenant_id, agent_id) REFERENCES staff_members (tenant_id, id)
    );
    -- At most one answer per linked record per customer (R-SAT-04).
    CREATE UNIQUE INDEX ux_survey_responses_interaction ON survey_responses (tenant_id, customer_id, interaction_id) WHERE interaction_id IS NOT NULL;
    CREATE UNIQUE INDEX ux_survey_responses_complaint ON survey_responses (tenant_id, customer_id, complaint_id) WHERE complaint_id IS NOT NULL;
    CREATE UNIQUE INDEX ux_survey_responses_policy ON survey_responses (tenant_id, customer_id, policy_id) WHERE policy_id IS NOT NULL;
    CREATE INDEX ix_survey_responses_responded ON survey_responses (tenant_id, responded_at, id);
    CREATE INDEX ix_survey_responses_agent ON survey_responses (tenant_id, agent_id, responded_at, id);

    -- ---------------------------------------------------------------- access log (R-PII-04, R-REC-04)

    CREATE TABLE access_log (
      tenant_id uuid NOT NULL REFERENCES tenants (id),
      id uuid NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      actor_kind text NOT NULL,        -- 'Staff' | 'Customer' | 'ServiceClient'
      actor_id text NOT NULL,
      action text NOT NULL,            -- e.g. 'ReadSensitiveField', 'PlaybackGranted', 'DownloadRefused'
      resource_type text NOT NULL,     -- e.g. 'Customer', 'Recording'
      resource_id uuid NOT NULL,
      field text,
      purpose text,
      granted boolean NOT NULL,
      detail text,
      PRIMARY KEY (tenant_id, id)
    );
    CREATE INDEX ix_access_log_occurred ON access_log (tenant_id, occurred_at, id);
    CREATE INDEX ix_access_log_resource ON access_log (tenant_id, resource_type, resource_id, occurred_at);

    -- ---------------------------------------------------------------- isolation, append-only, grants

    DO $$
    DECLARE t regclass;
    BEGIN
      FOR t IN
        SELECT c.oid::regclass FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind = 'r'
      LOOP
        PERFORM platform_protect_tenant_table(t);
      END LOOP;
    END
    $$;

    SELECT platform_make_append_only('complaint_status_history');
    SELECT platform_make_append_only('complaint_clock_events');
    SELECT platform_make_append_only('domain_events');
    SELECT platform_make_append_only('recording_tombstones');
    SELECT platform_make_append_only('access_log');

    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO platform_app, platform_identity, platform_loader;

    -- The API: full rights on mutable tables, insert+select on append-only ones; never TRUNCATE, never DDL.
    GRANT SELECT, INSERT, UPDATE, DELETE ON
      tenant_calendar_days, teams, staff_members, staff_role_assignments, customers, do_not_call_requests,
      policies, interactions, verification_attempts, recordings, recording_contents, recording_access_grants,
      complaints, training_courses, training_records, psychological_assessments, survey_responses
      TO platform_app;
    GRANT SELECT, INSERT ON
      complaint_status_history, complaint_clock_events, domain_events, recording_tombstones, access_log, tenant_data_keys
      TO platform_app;
    GRANT SELECT, INSERT, UPDATE ON tenant_event_sequences TO platform_app;
    -- Tenants are the platform registry (operator screens, token checks): no delete, rows are suspended instead.
    GRANT SELECT, INSERT, UPDATE ON tenants TO platform_app;

    -- The token service reads tenants (status, R-TEN-03) and staff identities; its own tables live in schema identity.
    GRANT SELECT ON tenants, teams, staff_members, staff_role_assignments, customers TO platform_identity;

    -- The bulk loader (BYPASSRLS) writes every table; on append-only tables it may only delete a whole tenant
    -- it names in platform.remove_tenant (see platform_refuse_change), never update.
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO platform_loader;
    REVOKE UPDATE ON complaint_status_history, complaint_clock_events, domain_events, recording_tombstones, access_log
      FROM platform_loader;
    REVOKE ALL ON __ef_migrations_history FROM platform_loader;
    -- The API's readiness probe checks that migrations are applied; it reveals only migration ids.
    GRANT SELECT ON __ef_migrations_history TO platform_app;
    """;
}
