using System.Security.Cryptography;
using System.Text;
using Platform.Domain.Security;

namespace Platform.Domain.Tests.Security;

/// <summary>Purpose-bound keys derived from the master key (R-REC-01: the master key itself only wraps data keys).</summary>
[Trait("Rule", "R-REC-01")]
public sealed class MasterKeyDerivationTests
{
    private static readonly byte[] MasterBytes = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public void Derived_key_is_hkdf_sha256_of_the_master_key_with_the_purpose_as_info()
    {
        var derived = new MasterKey(MasterBytes).DeriveKey("platform-identity-signing-key-v1");

        Assert.Equal(RfcHkdfSha256(MasterBytes, Encoding.UTF8.GetBytes("platform-identity-signing-key-v1")), derived);
    }

    [Fact]
    public void Same_purpose_gives_the_same_key_and_other_purposes_or_master_keys_give_unrelated_keys()
    {
        var key = new MasterKey(MasterBytes);
        var otherMaster = new MasterKey(RandomNumberGenerator.GetBytes(32));

        var signing = key.DeriveKey("signing");

        Assert.Equal(32, signing.Length);
        Assert.Equal(signing, key.DeriveKey("signing"));
        Assert.NotEqual(signing, key.DeriveKey("links"));
        Assert.NotEqual(signing, otherMaster.DeriveKey("signing"));
        Assert.NotEqual(MasterBytes, signing);
    }

    [Fact]
    public void Callers_cannot_change_the_key_of_a_purpose_by_editing_a_returned_array()
    {
        var key = new MasterKey(MasterBytes);
        var first = key.DeriveKey("links");
        var copy = first.ToArray();

        first[0] ^= 0xFF;

        Assert.Equal(copy, key.DeriveKey("links"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_purpose_is_refused(string purpose)
    {
        Assert.Throws<ArgumentException>(() => new MasterKey(MasterBytes).DeriveKey(purpose));
    }

    // RFC 5869 written out with HMAC-SHA256, independent of the HKDF class the implementation uses.
    private static byte[] RfcHkdfSha256(byte[] inputKey, byte[] info)
    {
        var pseudoRandomKey = HMACSHA256.HashData(new byte[32], inputKey);
        return HMACSHA256.HashData(pseudoRandomKey, info.Append((byte)0x01).ToArray());
    }
}
