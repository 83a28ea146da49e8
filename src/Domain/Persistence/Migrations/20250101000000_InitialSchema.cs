using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Domain.Persistence.Migrations;

/// <summary>Tables, row-level security, append-only triggers and grants of the first release.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20250101000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(InitialSchemaSql.Up);

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Downgrades are done by restoring a backup, not by migration.");
}
