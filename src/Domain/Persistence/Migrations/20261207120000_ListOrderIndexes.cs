using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Domain.Persistence.Migrations;

/// <summary>Indexes in the keyset order of every list order and rare-flag filter, so no page sorts or scans a whole tenant table.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261207120000_ListOrderIndexes")]
public sealed class ListOrderIndexes : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ListOrderIndexesSql.Up);

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Downgrades are done by restoring a backup, not by migration.");
}
