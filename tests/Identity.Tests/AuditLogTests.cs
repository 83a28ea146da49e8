using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Identity.Auditing;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class AuditLogTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Audit_events_reach_the_log_as_structured_entries_with_tenant_and_client_and_no_secret()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("alpha-svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();

        await OAuthCalls.ClientCredentialsAsync(http, "alpha-svc", secret!);
        await OAuthCalls.ClientCredentialsAsync(http, "alpha-svc", secret + "x");

        var audit = server.Logs.Entries.Where(e => e.Category == LoggingAuditSink.Category).ToList();
        var issued = Assert.Single(audit, e => e.Properties["AuditEvent"] == AuditEventNames.TokenIssued);
        var failed = Assert.Single(audit, e => e.Properties["AuditEvent"] == AuditEventNames.ClientAuthenticationFailed);
        foreach (var entry in new[] { issued, failed })
        {
            Assert.Equal(LogLevel.Information, entry.Level);
            Assert.Equal(server.TenantA.ToString(), entry.Properties["TenantId"]);
            Assert.Equal("alpha-svc", entry.Properties["ClientId"]);
        }

        Assert.DoesNotContain(server.Logs.Entries, e => e.Message.Contains(secret!) || e.Properties.Values.Any(v => v?.Contains(secret!) == true));
    }

    [Fact]
    public async Task Audit_events_are_persisted_append_only_in_the_identity_schema()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("alpha-svc", server.TenantA, ["AGENT"], ["client_credentials"]);
        var http = server.CreateClient();
        await OAuthCalls.ClientCredentialsAsync(http, "alpha-svc", secret!);
        await OAuthCalls.ClientCredentialsAsync(http, "alpha-svc", "wrong");

        var rows = new List<(string Name, Guid? Tenant, string? Client)>();
        await using var connection = new NpgsqlConnection(server.IdentityConnectionString);
        await connection.OpenAsync();
        // The sink writes in the background; wait (bounded) until both rows have landed.
        for (var attempt = 0; attempt < 100 && rows.Count < 2; attempt++)
        {
            rows.Clear();
            await using var query = new NpgsqlCommand("SELECT event_name, tenant_id, client_id FROM identity.audit_events ORDER BY id", connection);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }

            if (rows.Count < 2)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal([(AuditEventNames.TokenIssued, (Guid?)server.TenantA, (string?)"alpha-svc"), (AuditEventNames.ClientAuthenticationFailed, server.TenantA, "alpha-svc")], rows);
        await using var delete = new NpgsqlCommand("DELETE FROM identity.audit_events", connection);
        var denied = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }
}
