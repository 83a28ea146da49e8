using Microsoft.EntityFrameworkCore;

namespace Platform.Domain.Persistence;

/// <summary>Applies the domain migrations; must be given the owner role's connection so the owner owns every table.</summary>
public static class PlatformMigrator
{
    /// <summary>Applies every pending migration and returns the ids of those applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string ownerConnectionString, CancellationToken ct = default)
    {
        var options = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformDbContextOptions.Configure(options, ownerConnectionString);
        await using var db = new PlatformDbContext(options.Options, tenantId: null);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        return pending;
    }
}
