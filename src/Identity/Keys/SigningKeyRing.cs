using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Identity.Hosting;
using Platform.Identity.Persistence;

namespace Platform.Identity.Keys;

/// <summary>
/// Keeps the signing keys in PostgreSQL and rotates them: a new key is published before it signs, a retired key stays
/// published until every token it signed has expired, then it is deleted.
/// </summary>
public sealed class SigningKeyRing(
    IServiceScopeFactory scopes,
    SigningKeyFactory factory,
    TimeProvider clock,
    IOptions<TokenServiceOptions> options)
{
    // Outlives the longest token a key can sign plus the clock skew validators typically allow.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>The key that signs at this moment.</summary>
    public async Task<ActiveSigningKey> GetSigningKeyAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var snapshot = _snapshot;
        if (snapshot is null || !snapshot.IsFresh(now) || snapshot.SignerAt(now) is null)
        {
            snapshot = await RefreshAsync(ct);
        }

        return snapshot.SignerAt(now) ?? throw new InvalidOperationException("No signing key is active.");
    }

    /// <summary>The public JWKs of every published key (upcoming, signing and retired-but-not-expired).</summary>
    public async Task<IReadOnlyList<string>> GetPublishedKeysAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var snapshot = _snapshot;
        if (snapshot is null || !snapshot.IsFresh(now))
        {
            snapshot = await RefreshAsync(ct);
        }

        return snapshot.Keys.Where(k => k.PublishedUntil > now).Select(k => k.PublicJwk).ToList();
    }

    /// <summary>Runs the rotation steps now and reloads the keys (also called by the background rotation loop).</summary>
    public async Task<Snapshot> RefreshAsync(CancellationToken ct)
    {
        await _refreshLock.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TokenServiceDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // Serialises rotation across every instance sharing the database.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('identity.signing_keys'))", ct);
            await db.SigningKeys.Where(k => k.PublishedUntil <= now).ExecuteDeleteAsync(ct);
            var keys = await db.SigningKeys.AsNoTracking().OrderBy(k => k.SignsFrom).ToListAsync(ct);

            var settings = options.Value;
            var current = keys.LastOrDefault(k => k.SignsFrom <= now && now < k.SignsUntil);
            if (current is null)
            {
                // Only at first start (or after a long outage): nothing was announced, so nobody can hold a stale key set.
                current = NewKey(now, now, settings);
                db.SigningKeys.Add(current);
                keys.Add(current);
            }

            var hasSuccessor = keys.Any(k => k.SignsFrom >= current.SignsUntil);
            if (!hasSuccessor && current.SignsUntil - now <= settings.SigningKeyAnnouncement)
            {
                var next = NewKey(now, current.SignsUntil, settings);
                db.SigningKeys.Add(next);
                keys.Add(next);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            var signers = keys.Where(k => k.SignsUntil > now).Select(factory.Open).ToList();
            var snapshot = new Snapshot(keys, signers, NextRefresh(now, keys, settings));
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private SigningKey NewKey(DateTimeOffset now, DateTimeOffset signsFrom, TokenServiceOptions settings)
    {
        var signsUntil = signsFrom + settings.SigningKeyLifetime;
        var longestToken = settings.EffectiveAccessTokenLifetime > settings.IdTokenLifetime
            ? settings.EffectiveAccessTokenLifetime
            : settings.IdTokenLifetime;
        return factory.Generate(now, signsFrom, signsUntil, signsUntil + longestToken + ClockSkew);
    }

    private static DateTimeOffset NextRefresh(DateTimeOffset now, List<SigningKey> keys, TokenServiceOptions settings)
    {
        // Reload no later than the next moment something changes: a key starts or stops signing, or must be announced.
        var next = now + settings.SigningKeyCacheDuration;
        foreach (var key in keys)
        {
            foreach (var moment in new[] { key.SignsFrom, key.SignsUntil, key.PublishedUntil, key.SignsUntil - settings.SigningKeyAnnouncement })
            {
                if (moment > now && moment < next)
                {
                    next = moment;
                }
            }
        }

        return next;
    }

    /// <summary>What was loaded at one refresh.</summary>
    public sealed class Snapshot(IReadOnlyList<SigningKey> keys, IReadOnlyList<ActiveSigningKey> signers, DateTimeOffset refreshAt)
    {
        /// <summary>Every stored key at load time.</summary>
        public IReadOnlyList<SigningKey> Keys { get; } = keys;

        /// <summary>Whether the snapshot may still be used at <paramref name="now"/>.</summary>
        public bool IsFresh(DateTimeOffset now) => now < refreshAt;

        /// <summary>The key whose signing window contains <paramref name="now"/>, if any.</summary>
        public ActiveSigningKey? SignerAt(DateTimeOffset now) =>
            signers.LastOrDefault(s => s.SignsFrom <= now && now < s.SignsUntil);
    }
}
