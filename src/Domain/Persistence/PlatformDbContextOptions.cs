using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Platform.Domain.Persistence;

/// <summary>The one place that configures EF Core for the platform's database.</summary>
public static class PlatformDbContextOptions
{
    /// <summary>Name of the migrations history table (in the public schema).</summary>
    public const string HistoryTable = "__ef_migrations_history";

    /// <summary>Configures the builder for a connection string.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        Finish(builder.UseNpgsql(connectionString, Npgsql));

    /// <summary>Configures the builder for a shared data source (the pooled path used by services).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource) =>
        Finish(builder.UseNpgsql(dataSource, Npgsql));

    private static void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(HistoryTable, "public");

    private static DbContextOptionsBuilder Finish(DbContextOptionsBuilder builder) =>
        // Migrations are hand-written SQL without a model snapshot (docs/decisions/migrations.md);
        // a test compares the EF model with the migrated catalog instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
