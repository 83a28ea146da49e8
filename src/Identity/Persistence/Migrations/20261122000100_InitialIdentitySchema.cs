using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Domain.Persistence;

namespace Platform.Identity.Persistence.Migrations;

/// <summary>Creates the identity schema, its tables and the grants of the token service's runtime role.</summary>
[DbContext(typeof(TokenServiceDbContext))]
[Migration("20261122000100_InitialIdentitySchema")]
public sealed class InitialIdentitySchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            CREATE SCHEMA IF NOT EXISTS identity;

            CREATE TABLE identity.users (
                id uuid PRIMARY KEY,
                user_name text NOT NULL,
                normalized_user_name text NOT NULL UNIQUE,
                password_hash text NOT NULL,
                display_name text NULL,
                tenant_id uuid NULL,
                roles text[] NOT NULL,
                staff_member_id uuid NULL,
                customer_id uuid NULL,
                created_at timestamptz NOT NULL
            );
            CREATE INDEX ix_users_tenant ON identity.users (tenant_id);

            CREATE TABLE identity.sign_in_throttles (
                normalized_user_name text PRIMARY KEY,
                failed_count integer NOT NULL,
                locked_until timestamptz NULL,
                last_failure_at timestamptz NOT NULL
            );

            CREATE TABLE identity.clients (
                client_id text PRIMARY KEY,
                display_name text NULL,
                secret_hash text NULL,
                tenant_id uuid NULL,
                roles text[] NOT NULL,
                allowed_scopes text[] NOT NULL,
                redirect_uris text[] NOT NULL,
                grant_types text[] NOT NULL,
                created_at timestamptz NOT NULL
            );

            CREATE TABLE identity.signing_keys (
                key_id text PRIMARY KEY,
                algorithm text NOT NULL CHECK (algorithm IN ('ES256', 'RS256', 'PS256')),
                public_jwk text NOT NULL,
                protected_private_key bytea NOT NULL,
                created_at timestamptz NOT NULL,
                signs_from timestamptz NOT NULL,
                signs_until timestamptz NOT NULL,
                published_until timestamptz NOT NULL,
                CHECK (created_at <= signs_from AND signs_from < signs_until AND signs_until <= published_until)
            );

            CREATE TABLE identity.authorization_codes (
                code_hash text PRIMARY KEY,
                client_id text NOT NULL,
                user_id uuid NOT NULL,
                tenant_id uuid NULL,
                redirect_uri text NOT NULL,
                scope text NOT NULL,
                nonce text NULL,
                code_challenge text NOT NULL,
                authenticated_at timestamptz NOT NULL,
                created_at timestamptz NOT NULL,
                expires_at timestamptz NOT NULL,
                consumed_at timestamptz NULL
            );

            CREATE TABLE identity.grants (
                id uuid PRIMARY KEY,
                client_id text NOT NULL,
                user_id uuid NOT NULL,
                tenant_id uuid NULL,
                scope text NOT NULL,
                authorization_code_hash text NOT NULL,
                authenticated_at timestamptz NOT NULL,
                created_at timestamptz NOT NULL,
                expires_at timestamptz NOT NULL,
                revoked_at timestamptz NULL,
                revocation_reason text NULL
            );
            CREATE INDEX ix_grants_code ON identity.grants (authorization_code_hash);

            CREATE TABLE identity.refresh_tokens (
                token_hash text PRIMARY KEY,
                grant_id uuid NOT NULL REFERENCES identity.grants (id) ON DELETE CASCADE,
                created_at timestamptz NOT NULL,
                consumed_at timestamptz NULL
            );
            CREATE INDEX ix_refresh_tokens_grant ON identity.refresh_tokens (grant_id);

            CREATE TABLE identity.issued_access_tokens (
                token_id text PRIMARY KEY,
                grant_id uuid NOT NULL REFERENCES identity.grants (id) ON DELETE CASCADE,
                expires_at timestamptz NOT NULL
            );
            CREATE INDEX ix_issued_access_tokens_grant ON identity.issued_access_tokens (grant_id);

            CREATE TABLE identity.audit_events (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                occurred_at timestamptz NOT NULL,
                event_name text NOT NULL,
                tenant_id uuid NULL,
                client_id text NULL,
                subject text NULL,
                detail text NULL
            );

            GRANT USAGE ON SCHEMA identity TO {DatabaseRoles.Identity};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity TO {DatabaseRoles.Identity};
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA identity TO {DatabaseRoles.Identity};
            -- The audit trail is append-only for the service.
            REVOKE UPDATE, DELETE ON identity.audit_events FROM {DatabaseRoles.Identity};
            REVOKE ALL ON identity.{TokenServiceDbContext.MigrationsHistoryTable} FROM {DatabaseRoles.Identity};
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP SCHEMA identity CASCADE;");
    }
}
