using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Platform.Domain.Recordings;

/// <summary>
/// What remains of a purged recording (R-REC-06): record id, tenant, time, content hash, chained to the previous
/// tombstone by SHA-256 so that a removed or altered tombstone is detected.
/// </summary>
public sealed record PurgeTombstone(
    Guid TenantId, long Sequence, Guid RecordingId, DateTimeOffset PurgedAt, byte[] ContentSha256, byte[] PreviousHash, byte[] Hash);

/// <summary>What is wrong with a tombstone chain.</summary>
public enum TombstoneChainProblem
{
    /// <summary>A tombstone's fields do not hash to its stored hash: it was altered.</summary>
    Altered,

    /// <summary>A tombstone does not point at the hash of the one before it: one was removed or reordered.</summary>
    BrokenLink,

    /// <summary>Sequence numbers skip or repeat: a tombstone was removed or duplicated.</summary>
    SequenceGap,

    /// <summary>A tombstone belongs to another tenant.</summary>
    WrongTenant,

    /// <summary>The chain ends before the separately kept head: the newest tombstones were removed.</summary>
    Truncated,
}

/// <summary>Result of verifying a chain: valid, or the first problem and the sequence where it was found.</summary>
public sealed record TombstoneChainVerification(bool IsValid, TombstoneChainProblem? Problem, long? AtSequence);

/// <summary>
/// R-REC-06: the per-tenant SHA-256 hash chain of purge tombstones. Each hash covers the tenant, sequence,
/// recording id, purge time (whole microseconds, as PostgreSQL stores it), content hash and the previous hash;
/// the first tombstone links to 32 zero bytes. Removing the newest tombstones can only be detected against a head
/// (last sequence and hash) kept elsewhere, so <see cref="Verify"/> accepts one.
/// </summary>
public static class TombstoneChain
{
    private const int HashLength = 32;

    /// <summary>The previous hash of the first tombstone.</summary>
    public static IReadOnlyList<byte> Genesis { get; } = new byte[HashLength];

    /// <summary>The tombstone that follows <paramref name="last"/> (null for the tenant's first).</summary>
    /// <exception cref="ArgumentException">The content hash is not 32 bytes, or the last tombstone is another tenant's.</exception>
    public static PurgeTombstone Append(PurgeTombstone? last, Guid tenantId, Guid recordingId, DateTimeOffset purgedAt, byte[] contentSha256)
    {
        ArgumentNullException.ThrowIfNull(contentSha256);
        if (contentSha256.Length != HashLength)
        {
            throw new ArgumentException("The content hash must be a 32-byte SHA-256 digest.", nameof(contentSha256));
        }

        if (last is not null && last.TenantId != tenantId)
        {
            throw new ArgumentException("A tenant's tombstone chain cannot continue another tenant's chain.", nameof(last));
        }

        var sequence = (last?.Sequence ?? 0) + 1;
        var previous = last?.Hash ?? [.. Genesis];
        var at = TruncateToMicroseconds(purgedAt);
        var hash = ComputeHash(tenantId, sequence, recordingId, at, contentSha256, previous);
        return new PurgeTombstone(tenantId, sequence, recordingId, at, [.. contentSha256], [.. previous], hash);
    }

    /// <summary>Verifies a tenant's chain in sequence order, optionally against a separately kept head.</summary>
    public static TombstoneChainVerification Verify(
        Guid tenantId, IReadOnlyList<PurgeTombstone> chain, (long Sequence, byte[] Hash)? expectedHead = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var previous = Genesis.ToArray();
        long expectedSequence = 1;
        foreach (var tombstone in chain)
        {
            if (tombstone.TenantId != tenantId)
            {
                return Broken(TombstoneChainProblem.WrongTenant, tombstone.Sequence);
            }

            if (tombstone.Sequence != expectedSequence)
            {
                return Broken(TombstoneChainProblem.SequenceGap, tombstone.Sequence);
            }

            var recomputed = ComputeHash(
                tombstone.TenantId, tombstone.Sequence, tombstone.RecordingId, tombstone.PurgedAt, tombstone.ContentSha256, tombstone.PreviousHash);
            if (!CryptographicOperations.FixedTimeEquals(recomputed, tombstone.Hash))
            {
                return Broken(TombstoneChainProblem.Altered, tombstone.Sequence);
            }

            if (!CryptographicOperations.FixedTimeEquals(previous, tombstone.PreviousHash))
            {
                return Broken(TombstoneChainProblem.BrokenLink, tombstone.Sequence);
            }

            previous = tombstone.Hash;
            expectedSequence++;
        }

        if (expectedHead is { } head)
        {
            var lastSequence = expectedSequence - 1;
            if (lastSequence != head.Sequence || !CryptographicOperations.FixedTimeEquals(previous, head.Hash ?? []))
            {
                return Broken(TombstoneChainProblem.Truncated, lastSequence);
            }
        }

        return new TombstoneChainVerification(true, null, null);
    }

    /// <summary>SHA-256 over the tombstone's canonical bytes.</summary>
    /// <exception cref="ArgumentException">A hash input is not 32 bytes.</exception>
    public static byte[] ComputeHash(Guid tenantId, long sequence, Guid recordingId, DateTimeOffset purgedAt, byte[] contentSha256, byte[] previousHash)
    {
        if (contentSha256 is not { Length: HashLength } || previousHash is not { Length: HashLength })
        {
            throw new ArgumentException("Content hash and previous hash must be 32 bytes each.");
        }

        Span<byte> buffer = stackalloc byte[16 + 8 + 16 + 8 + HashLength + HashLength];
        tenantId.TryWriteBytes(buffer[..16], bigEndian: true, out _);
        BinaryPrimitives.WriteInt64BigEndian(buffer[16..24], sequence);
        recordingId.TryWriteBytes(buffer[24..40], bigEndian: true, out _);
        BinaryPrimitives.WriteInt64BigEndian(buffer[40..48], UnixMicroseconds(purgedAt));
        contentSha256.CopyTo(buffer[48..80]);
        previousHash.CopyTo(buffer[80..112]);
        return SHA256.HashData(buffer);
    }

    private static TombstoneChainVerification Broken(TombstoneChainProblem problem, long sequence) => new(false, problem, sequence);

    private static long UnixMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % 10), TimeSpan.Zero);
}
