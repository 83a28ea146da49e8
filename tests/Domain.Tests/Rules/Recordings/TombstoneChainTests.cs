using System.Security.Cryptography;
using System.Text;
using Platform.Domain.Recordings;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Recordings;

public class TombstoneChainTests
{
    private static readonly Guid Tenant = Guid.Parse("40000000-0000-0000-0000-000000000001");

    private static List<PurgeTombstone> BuildChain(int length)
    {
        var chain = new List<PurgeTombstone>();
        for (var i = 0; i < length; i++)
        {
            var content = SHA256.HashData(Encoding.UTF8.GetBytes($"recording {i}"));
            chain.Add(TombstoneChain.Append(chain.LastOrDefault(), Tenant, Guid.NewGuid(), Shanghai(2028, 7, 1, 2, i), content));
        }

        return chain;
    }

    [Fact]
    public void R_REC_06_appended_chain_verifies()
    {
        var chain = BuildChain(4);
        Assert.Equal([1L, 2, 3, 4], chain.Select(t => t.Sequence));
        Assert.Equal(new byte[32], chain[0].PreviousHash);
        Assert.Equal(chain[2].Hash, chain[3].PreviousHash);
        Assert.True(TombstoneChain.Verify(Tenant, chain).IsValid);
        Assert.True(TombstoneChain.Verify(Tenant, chain, (4, chain[3].Hash)).IsValid);
        Assert.True(TombstoneChain.Verify(Tenant, []).IsValid);
    }

    [Fact]
    public void R_REC_06_removed_tombstone_is_detected()
    {
        var chain = BuildChain(4);
        chain.RemoveAt(1);
        Assert.Equal(new TombstoneChainVerification(false, TombstoneChainProblem.SequenceGap, 3), TombstoneChain.Verify(Tenant, chain));
    }

    [Fact]
    public void R_REC_06_removed_and_renumbered_tombstone_is_detected()
    {
        var chain = BuildChain(4);
        chain.RemoveAt(1);
        chain[1] = chain[1] with { Sequence = 2 };
        var result = TombstoneChain.Verify(Tenant, chain);
        Assert.False(result.IsValid);
        Assert.Equal(TombstoneChainProblem.Altered, result.Problem);
        Assert.Equal(2, result.AtSequence);
    }

    [Fact]
    public void R_REC_06_altered_tombstone_is_detected()
    {
        var chain = BuildChain(3);
        chain[1] = chain[1] with { PurgedAt = chain[1].PurgedAt.AddSeconds(1) };
        Assert.Equal(new TombstoneChainVerification(false, TombstoneChainProblem.Altered, 2), TombstoneChain.Verify(Tenant, chain));

        var other = BuildChain(3);
        other[2] = other[2] with { ContentSha256 = new byte[32] };
        Assert.Equal(TombstoneChainProblem.Altered, TombstoneChain.Verify(Tenant, other).Problem);
    }

    [Fact]
    public void R_REC_06_rehashed_tombstone_breaks_the_link_to_its_successor()
    {
        var chain = BuildChain(3);
        var forgedContent = new byte[32];
        var t = chain[1];
        var forgedHash = TombstoneChain.ComputeHash(t.TenantId, t.Sequence, t.RecordingId, t.PurgedAt, forgedContent, t.PreviousHash);
        chain[1] = t with { ContentSha256 = forgedContent, Hash = forgedHash };
        Assert.Equal(new TombstoneChainVerification(false, TombstoneChainProblem.BrokenLink, 3), TombstoneChain.Verify(Tenant, chain));
    }

    [Fact]
    public void R_REC_06_removed_newest_tombstone_is_detected_against_the_kept_head()
    {
        var chain = BuildChain(3);
        var head = (chain[2].Sequence, chain[2].Hash);
        chain.RemoveAt(2);
        Assert.True(TombstoneChain.Verify(Tenant, chain).IsValid);
        Assert.Equal(TombstoneChainProblem.Truncated, TombstoneChain.Verify(Tenant, chain, head).Problem);
    }

    [Fact]
    public void R_REC_06_chains_are_per_tenant()
    {
        var chain = BuildChain(2);
        Assert.Equal(TombstoneChainProblem.WrongTenant, TombstoneChain.Verify(Guid.NewGuid(), chain).Problem);
        Assert.Throws<ArgumentException>(() => TombstoneChain.Append(chain[1], Guid.NewGuid(), Guid.NewGuid(), Shanghai(2028, 7, 2), new byte[32]));
        Assert.Throws<ArgumentException>(() => TombstoneChain.Append(null, Tenant, Guid.NewGuid(), Shanghai(2028, 7, 2), new byte[31]));
    }

    [Fact]
    public void R_REC_06_purge_time_is_kept_to_the_microsecond_so_a_database_round_trip_still_verifies()
    {
        var precise = Shanghai(2028, 7, 1, 2, 0).AddTicks(1234567);
        var tombstone = TombstoneChain.Append(null, Tenant, Guid.NewGuid(), precise, new byte[32]);
        Assert.Equal(0, tombstone.PurgedAt.UtcTicks % 10);
        var roundTripped = tombstone with { PurgedAt = tombstone.PurgedAt.ToOffset(TimeSpan.Zero) };
        Assert.True(TombstoneChain.Verify(Tenant, [roundTripped]).IsValid);
    }
}
