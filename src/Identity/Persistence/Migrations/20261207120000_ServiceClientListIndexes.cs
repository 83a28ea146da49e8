using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Identity.Persistence.Migrations;

/// <summary>Indexes in the keyset orders of a tenant's service-client list (GET /admin/clients), so a page reads only that tenant's rows.</summary>
[DbContext(typeof(TokenServiceDbContext))]
[Migration("20261207120000_ServiceClientListIndexes")]
public sealed class ServiceClientListIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // clients holds every tenant's clients (and the platform's); without these a page filtered the whole table.
        migrationBuilder.Sql("""
            CREATE INDEX ix_clients_tenant_created ON identity.clients (tenant_id, created_at, client_id);
            CREATE INDEX ix_clients_tenant_client_id ON identity.clients (tenant_id, client_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP INDEX identity.ix_clients_tenant_created; DROP INDEX identity.ix_clients_tenant_client_id;");
    }
}
