using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Domain.Persistence.Migrations;

/// <summary>Indexes for the customer list's name-prefix and phone/ID-number-suffix search (CustomerSearch).</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261207000000_CustomerSearchIndexes")]
public sealed class CustomerSearchIndexes : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(CustomerSearchIndexesSql.Up);

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Downgrades are done by restoring a backup, not by migration.");
}
