using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;

namespace Platform.Domain.Persistence;

/// <summary>The platform's EF Core context; every tenant-owned set is filtered to the context's tenant (none: no rows).</summary>
public sealed partial class PlatformDbContext : DbContext
{
    /// <summary>Creates a context bound to one tenant, or to none (then tenant-owned queries return nothing).</summary>
    public PlatformDbContext(DbContextOptions<PlatformDbContext> options, Guid? tenantId)
        : base(options)
    {
        TenantId = tenantId;
    }

    /// <summary>The tenant whose rows this context may see; null sees no tenant-owned rows.</summary>
    public Guid? TenantId { get; }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their member names: readable in SQL and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PlatformModel.Configure(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType))
            {
                modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
            }
        }
    }

    // e => (Guid?)e.TenantId == this.TenantId; EF re-reads TenantId per context instance, and a null
    // tenant compares false for every row, so an unscoped context fails closed.
    private LambdaExpression TenantFilter(Type entity)
    {
        var row = Expression.Parameter(entity, "row");
        var rowTenant = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.TenantId)), typeof(Guid?));
        var contextTenant = Expression.Property(Expression.Constant(this), nameof(TenantId));
        return Expression.Lambda(Expression.Equal(rowTenant, contextTenant), row);
    }
}
