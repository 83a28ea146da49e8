using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Identity.Auditing;
using Platform.Identity.Hosting;
using Platform.Identity.Persistence;

namespace Platform.Identity.Users;

/// <summary>
/// Checks passwords with ASP.NET Core Identity's hasher and locks a user name after repeated failures. Failures are
/// counted per user name whether or not it exists, so neither the answer nor the lockout reveals existence.
/// </summary>
public sealed class PasswordSignIn(
    TokenServiceDbContext db,
    IPasswordHasher<UserAccount> hasher,
    AuditTrail audit,
    TimeProvider clock,
    IOptions<TokenServiceOptions> options)
{
    // Verified for unknown users so both paths cost one password hash.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Guid.NewGuid().ToString()));

    /// <summary>Checks the credentials; <paramref name="clientId"/> is only used for audit events.</summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string clientId, CancellationToken ct)
    {
        var normalized = UserNames.Normalize(userName);
        var now = clock.GetUtcNow();
        var throttle = await db.SignInThrottles.AsNoTracking().FirstOrDefaultAsync(t => t.NormalizedUserName == normalized, ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        if (throttle?.LockedUntil > now)
        {
            return new SignInOutcome(SignInStatus.LockedOut);
        }

        PasswordVerificationResult verification;
        if (user is null)
        {
            hasher.VerifyHashedPassword(new UserAccount(), DecoyHash.Value, password);
            verification = PasswordVerificationResult.Failed;
        }
        else
        {
            verification = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        }

        if (user is null || verification == PasswordVerificationResult.Failed)
        {
            return await RecordFailureAsync(normalized, user, clientId, now, ct);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        await db.SignInThrottles.Where(t => t.NormalizedUserName == normalized).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        return new SignInOutcome(SignInStatus.Succeeded, user);
    }

    private async Task<SignInOutcome> RecordFailureAsync(string normalized, UserAccount? user, string clientId, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        // One statement so concurrent guesses cannot lose increments; an expired lock starts a fresh count.
        var failures = await db.Database.SqlQuery<int>($"""
            INSERT INTO identity.sign_in_throttles AS t (normalized_user_name, failed_count, locked_until, last_failure_at)
            VALUES ({normalized}, 1, NULL, {now})
            ON CONFLICT (normalized_user_name) DO UPDATE
              SET failed_count = CASE WHEN t.locked_until IS NOT NULL AND t.locked_until <= {now} THEN 1 ELSE t.failed_count + 1 END,
                  locked_until = CASE WHEN t.locked_until IS NOT NULL AND t.locked_until <= {now} THEN NULL ELSE t.locked_until END,
                  last_failure_at = {now}
            RETURNING t.failed_count AS "Value"
            """).ToListAsync(ct);
        var count = failures.Single();
        audit.Raise(AuditEventNames.SignInFailed, user?.TenantId, clientId, user?.Id.ToString());
        if (count < settings.MaxFailedSignIns)
        {
            return new SignInOutcome(SignInStatus.Failed);
        }

        var lockedUntil = now + settings.LockoutDuration;
        await db.SignInThrottles.Where(t => t.NormalizedUserName == normalized)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LockedUntil, lockedUntil), ct);
        audit.Raise(AuditEventNames.UserLockedOut, user?.TenantId, clientId, user?.Id.ToString());
        return new SignInOutcome(SignInStatus.LockedOut);
    }
}
