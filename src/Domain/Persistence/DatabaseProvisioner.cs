using Npgsql;

namespace Platform.Domain.Persistence;

/// <summary>Creates the platform's roles and database on a server, idempotently, using a superuser connection.</summary>
public static class DatabaseProvisioner
{
    /// <summary>Creates the roles (if missing) and the database owned by the owner role (if missing).</summary>
    public static async Task ProvisionAsync(string superuserConnectionString, string databaseName, CancellationToken ct = default)
    {
        if (!IsPlainIdentifier(databaseName))
        {
            throw new ArgumentException("Database name must be a plain lower-case identifier.", nameof(databaseName));
        }

        await using var connection = new NpgsqlConnection(superuserConnectionString);
        await connection.OpenAsync(ct);
        await EnsureRolesAsync(connection, ct);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.AddWithValue(databaseName);
            if (await exists.ExecuteScalarAsync(ct) is null)
            {
                await ExecuteAsync(connection, $"CREATE DATABASE {databaseName} OWNER {DatabaseRoles.Owner} ENCODING 'UTF8' TEMPLATE template0", ct);
            }
        }

        await ExecuteAsync(connection, $"""
            REVOKE ALL ON DATABASE {databaseName} FROM PUBLIC;
            GRANT CONNECT, TEMPORARY ON DATABASE {databaseName} TO {DatabaseRoles.App}, {DatabaseRoles.Identity}, {DatabaseRoles.Loader};
            """, ct);
    }

    /// <summary>Creates the four roles if missing and (re)asserts their attributes; passwords are optional (socket/trust setups need none).</summary>
    public static async Task EnsureRolesAsync(NpgsqlConnection superuser, CancellationToken ct = default)
    {
        // Attributes are re-asserted every time so a role created by hand with too many rights is corrected.
        await ExecuteAsync(superuser, $"""
            DO $$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{DatabaseRoles.Owner}') THEN
                CREATE ROLE {DatabaseRoles.Owner} LOGIN;
              END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{DatabaseRoles.App}') THEN
                CREATE ROLE {DatabaseRoles.App} LOGIN;
              END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{DatabaseRoles.Identity}') THEN
                CREATE ROLE {DatabaseRoles.Identity} LOGIN;
              END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{DatabaseRoles.Loader}') THEN
                CREATE ROLE {DatabaseRoles.Loader} LOGIN;
              END IF;
            END
            $$;
            ALTER ROLE {DatabaseRoles.Owner} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
            ALTER ROLE {DatabaseRoles.App} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
            ALTER ROLE {DatabaseRoles.Identity} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
            ALTER ROLE {DatabaseRoles.Loader} NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS NOINHERIT;
            """, ct);

        // The bulk loader may switch off per-row FK and trigger work (session_replication_role = replica) while it
        // loads millions of rows; it verifies the references set-based afterwards. PostgreSQL 15+ only.
        await using var version = new NpgsqlCommand("SELECT current_setting('server_version_num')::int", superuser);
        if ((int)(await version.ExecuteScalarAsync(ct))! >= 150000)
        {
            await ExecuteAsync(superuser, $"GRANT SET ON PARAMETER session_replication_role TO {DatabaseRoles.Loader}", ct);
        }
    }

    private static bool IsPlainIdentifier(string name) =>
        name.Length is > 0 and < 64 && (char.IsAsciiLetterLower(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
