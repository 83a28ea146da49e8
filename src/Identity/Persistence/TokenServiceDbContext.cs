using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Platform.Identity.Persistence;

/// <summary>The token service's own tables, all in the PostgreSQL schema <c>identity</c>.</summary>
public sealed class TokenServiceDbContext(DbContextOptions<TokenServiceDbContext> options) : DbContext(options)
{
    /// <summary>The PostgreSQL schema holding every table of this context.</summary>
    public const string Schema = "identity";

    /// <summary>EF's migrations history table, kept inside the identity schema.</summary>
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<ClientApplication> Clients => Set<ClientApplication>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<AuthorizationCode> AuthorizationCodes => Set<AuthorizationCode>();
    public DbSet<TokenGrant> Grants => Set<TokenGrant>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<IssuedAccessToken> IssuedAccessTokens => Set<IssuedAccessToken>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("users");
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<SignInThrottle>(e =>
        {
            e.ToTable("sign_in_throttles");
            e.HasKey(x => x.NormalizedUserName);
        });
        modelBuilder.Entity<ClientApplication>(e =>
        {
            e.ToTable("clients");
            e.HasKey(x => x.ClientId);
        });
        modelBuilder.Entity<SigningKey>(e =>
        {
            e.ToTable("signing_keys");
            e.HasKey(x => x.KeyId);
        });
        modelBuilder.Entity<AuthorizationCode>(e =>
        {
            e.ToTable("authorization_codes");
            e.HasKey(x => x.CodeHash);
        });
        modelBuilder.Entity<TokenGrant>(e =>
        {
            e.ToTable("grants");
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<RefreshToken>(e =>
        {
            e.ToTable("refresh_tokens");
            e.HasKey(x => x.TokenHash);
        });
        modelBuilder.Entity<IssuedAccessToken>(e =>
        {
            e.ToTable("issued_access_tokens");
            e.HasKey(x => x.TokenId);
        });
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("audit_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
        });

        // The hand-written migrations use snake_case; map every property the same way.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
