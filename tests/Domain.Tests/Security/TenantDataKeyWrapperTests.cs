using System.Security.Cryptography;
using Platform.Domain.Security;

namespace Platform.Domain.Tests.Security;

/// <summary>R-REC-01: tenant data keys are wrapped by the master key and bound to tenant and version.</summary>
[Trait("Rule", "R-REC-01")]
public sealed class TenantDataKeyWrapperTests
{
    private static readonly Guid TenantA = Guid.Parse("0b6f8a52-1c55-4a8e-9d0c-6d2f3f1a0001");
    private static readonly Guid TenantB = Guid.Parse("0b6f8a52-1c55-4a8e-9d0c-6d2f3f1a0002");

    private static MasterKey NewMasterKey() => new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void R_REC_01_wrap_then_unwrap_returns_the_data_key_and_the_wrapped_form_hides_it()
    {
        var wrapper = new TenantDataKeyWrapper(NewMasterKey());
        var dataKey = TenantDataKeyWrapper.NewDataKey();

        var wrapped = wrapper.Wrap(TenantA, 1, dataKey);

        Assert.Equal(TenantDataKeyWrapper.WrappedLength, wrapped.Length);
        Assert.DoesNotContain(Convert.ToHexString(dataKey), Convert.ToHexString(wrapped));
        Assert.Equal(dataKey, wrapper.Unwrap(TenantA, 1, wrapped));
    }

    [Fact]
    public void R_REC_01_another_master_key_cannot_unwrap()
    {
        var wrapped = new TenantDataKeyWrapper(NewMasterKey()).Wrap(TenantA, 1, TenantDataKeyWrapper.NewDataKey());

        var refusal = Assert.Throws<ContentRefusedException>(() => new TenantDataKeyWrapper(NewMasterKey()).Unwrap(TenantA, 1, wrapped));
        Assert.Equal(ContentRefusalReason.IntegrityCheckFailed, refusal.Reason);
    }

    [Fact]
    public void R_REC_01_a_wrapped_key_copied_to_another_tenant_or_version_is_refused()
    {
        var wrapper = new TenantDataKeyWrapper(NewMasterKey());
        var wrapped = wrapper.Wrap(TenantA, 1, TenantDataKeyWrapper.NewDataKey());

        Assert.Throws<ContentRefusedException>(() => wrapper.Unwrap(TenantB, 1, wrapped));
        Assert.Throws<ContentRefusedException>(() => wrapper.Unwrap(TenantA, 2, wrapped));
    }

    [Fact]
    public void R_REC_01_a_truncated_wrapped_key_is_malformed()
    {
        var wrapper = new TenantDataKeyWrapper(NewMasterKey());
        var wrapped = wrapper.Wrap(TenantA, 1, TenantDataKeyWrapper.NewDataKey());

        var refusal = Assert.Throws<ContentRefusedException>(() => wrapper.Unwrap(TenantA, 1, wrapped[..^1]));
        Assert.Equal(ContentRefusalReason.Malformed, refusal.Reason);
    }

    [Fact]
    public void R_REC_01_rotation_old_content_opens_with_its_version_and_new_content_uses_the_new_key()
    {
        var wrapper = new TenantDataKeyWrapper(NewMasterKey());
        var recording = Guid.NewGuid();
        var wrappedV1 = wrapper.Wrap(TenantA, 1, TenantDataKeyWrapper.NewDataKey());
        var old = RecordingCipher.Seal(wrapper.Unwrap(TenantA, 1, wrappedV1), 1, TenantA, recording, [1, 2, 3]);

        var wrappedV2 = wrapper.Wrap(TenantA, 2, TenantDataKeyWrapper.NewDataKey());
        var keyV2 = wrapper.Unwrap(TenantA, 2, wrappedV2);
        var fresh = RecordingCipher.Seal(keyV2, 2, TenantA, recording, [4, 5, 6]);

        Assert.Equal([1, 2, 3], RecordingCipher.Open(wrapper.Unwrap(TenantA, 1, wrappedV1), TenantA, recording, old));
        Assert.Equal([4, 5, 6], RecordingCipher.Open(keyV2, TenantA, recording, fresh));
        Assert.Throws<ContentRefusedException>(() => RecordingCipher.Open(keyV2, TenantA, recording, old));
    }

    [Fact]
    public void R_REC_01_master_key_text_never_reveals_the_key()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var key = new MasterKey(bytes) { Source = "test" };

        Assert.DoesNotContain(Convert.ToBase64String(bytes), key.ToString());
        Assert.DoesNotContain(Convert.ToHexString(bytes), key.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
