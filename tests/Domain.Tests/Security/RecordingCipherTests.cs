using System.Security.Cryptography;
using System.Text;
using Platform.Domain.Security;

namespace Platform.Domain.Tests.Security;

/// <summary>R-REC-01: recording content is sealed with AES-GCM under a per-tenant key and bound to tenant and recording.</summary>
[Trait("Rule", "R-REC-01")]
public sealed class RecordingCipherTests
{
    private static readonly Guid TenantA = Guid.Parse("0b6f8a52-1c55-4a8e-9d0c-6d2f3f1a0001");
    private static readonly Guid TenantB = Guid.Parse("0b6f8a52-1c55-4a8e-9d0c-6d2f3f1a0002");
    private static readonly Guid Recording1 = Guid.Parse("5d1e7c3a-0000-4000-8000-000000000001");
    private static readonly Guid Recording2 = Guid.Parse("5d1e7c3a-0000-4000-8000-000000000002");
    private static readonly byte[] Audio = Encoding.UTF8.GetBytes("RIFF....WAVEfmt 坐席录音 sample content");

    [Fact]
    public void R_REC_01_round_trip_returns_the_original_bytes_and_the_ciphertext_differs()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);

        Assert.NotEqual(Audio, sealedContent.Ciphertext);
        Assert.Equal(12, sealedContent.Nonce.Length);
        Assert.Equal(16, sealedContent.Tag.Length);
        Assert.Equal(Audio, RecordingCipher.Open(key, TenantA, Recording1, sealedContent));
    }

    [Fact]
    public void R_REC_01_sealing_twice_uses_fresh_nonces()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var first = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);
        var second = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);

        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
    }

    [Theory]
    [InlineData("ciphertext")]
    [InlineData("tag")]
    [InlineData("nonce")]
    public void R_REC_01_a_flipped_bit_anywhere_is_refused_not_decrypted(string part)
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);
        var target = part switch
        {
            "ciphertext" => sealedContent.Ciphertext,
            "tag" => sealedContent.Tag,
            _ => sealedContent.Nonce,
        };
        target[target.Length / 2] ^= 0x01;

        var refusal = Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(key, TenantA, Recording1, sealedContent));
        Assert.Equal(ContentRefusalReason.IntegrityCheckFailed, refusal.Reason);
    }

    [Fact]
    public void R_REC_01_ciphertext_moved_to_another_recording_is_refused()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);

        var refusal = Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(key, TenantA, Recording2, sealedContent));
        Assert.Equal(ContentRefusalReason.IntegrityCheckFailed, refusal.Reason);
    }

    [Fact]
    public void R_REC_01_ciphertext_moved_to_another_tenant_is_refused_even_with_the_same_key()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);

        Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(key, TenantB, Recording1, sealedContent));
    }

    [Fact]
    public void R_REC_01_another_tenants_key_does_not_open_the_content()
    {
        var keyA = TenantDataKeyWrapper.NewDataKey();
        var keyB = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(keyA, 1, TenantA, Recording1, Audio);

        Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(keyB, TenantA, Recording1, sealedContent));
    }

    [Fact]
    public void R_REC_01_a_relabelled_key_version_is_refused()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);
        var relabelled = sealedContent with { KeyVersion = 2 };

        Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(key, TenantA, Recording1, relabelled));
    }

    [Fact]
    public void R_REC_01_truncated_nonce_is_refused_as_malformed()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(key, 1, TenantA, Recording1, Audio);
        var truncated = sealedContent with { Nonce = sealedContent.Nonce[..8] };

        var refusal = Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(key, TenantA, Recording1, truncated));
        Assert.Equal(ContentRefusalReason.Malformed, refusal.Reason);
    }

    [Fact]
    public void R_REC_01_empty_content_round_trips_and_is_still_authenticated()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        var sealedContent = RecordingCipher.Seal(key, 3, TenantA, Recording1, []);

        Assert.Empty(RecordingCipher.Open(key, TenantA, Recording1, sealedContent));
        Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(key, TenantB, Recording1, sealedContent));
    }

    [Fact]
    public void R_REC_01_the_key_is_never_all_zero_and_is_32_bytes()
    {
        var key = TenantDataKeyWrapper.NewDataKey();
        Assert.Equal(32, key.Length);
        Assert.False(CryptographicOperations.FixedTimeEquals(key, new byte[32]));
    }
}
