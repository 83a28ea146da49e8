using System.Buffers.Text;
using System.Security.Cryptography;
using Platform.Api.Recordings.Links;
using Platform.Api.Tests.Interactions;
using Platform.Domain.Recordings;
using Platform.Domain.Security;

namespace Platform.Api.Tests.Recordings;

/// <summary>The signed playback link on its own (R-REC-04, R-REC-05): HMAC over every field, 5-minute ceiling, expiry.</summary>
public sealed class PlaybackLinkSignerTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Issued);
    private readonly MasterKey _master = new(RandomNumberGenerator.GetBytes(MasterKey.Length));

    private PlaybackLinkSigner Signer(MasterKey? master = null) => new(RecordingLinkKey.For(master ?? _master), _clock);

    private static PlaybackLink Link(TimeSpan lifetime, RecordingAccessKind kind = RecordingAccessKind.Play) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), kind, Issued, Issued + lifetime);

    [Fact]
    public void A_genuine_link_verifies_to_exactly_what_was_signed_until_it_expires_R_REC_05()
    {
        var link = Link(TimeSpan.FromMinutes(5), RecordingAccessKind.Download);
        var text = Signer().Sign(link);

        _clock.Set(Issued + TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        var beforeExpiry = Signer().Verify(text);
        _clock.Set(Issued + TimeSpan.FromMinutes(5));
        var atExpiry = Signer().Verify(text);

        Assert.True(beforeExpiry.IsValid);
        Assert.Equal(link, beforeExpiry.Link);
        Assert.Equal(LinkProblem.Expired, atExpiry.Problem);
        Assert.Equal(link, atExpiry.Link);
    }

    [Fact]
    public void A_link_longer_than_5_minutes_is_never_signed_R_REC_05()
    {
        Assert.Throws<ArgumentException>(() => Signer().Sign(Link(TimeSpan.FromMinutes(5) + TimeSpan.FromMilliseconds(1))));
        Assert.Throws<ArgumentException>(() => Signer().Sign(Link(TimeSpan.Zero)));
    }

    [Fact]
    public void Changing_any_byte_of_the_payload_or_signature_breaks_the_link_R_REC_04()
    {
        var text = Signer().Sign(Link(TimeSpan.FromMinutes(2)));
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var payload = Base64Url.DecodeFromChars(text.AsSpan(0, dot));
        var mac = Base64Url.DecodeFromChars(text.AsSpan(dot + 1));

        for (var i = 0; i < payload.Length; i++)
        {
            var altered = (byte[])payload.Clone();
            altered[i] ^= 0x01;
            var check = Signer().Verify(Base64Url.EncodeToString(altered) + "." + Base64Url.EncodeToString(mac));
            Assert.False(check.IsValid, $"payload byte {i}");
            Assert.Null(check.Link);
        }

        for (var i = 0; i < mac.Length; i++)
        {
            var altered = (byte[])mac.Clone();
            altered[i] ^= 0x80;
            Assert.Equal(LinkProblem.BadSignature, Signer().Verify(Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(altered)).Problem);
        }
    }

    [Fact]
    public void A_link_signed_under_another_master_key_is_refused_R_REC_04()
    {
        var text = Signer(new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.Length))).Sign(Link(TimeSpan.FromMinutes(1)));

        Assert.Equal(LinkProblem.BadSignature, Signer().Verify(text).Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot-here")]
    [InlineData("AAAA.BBBB")]
    [InlineData("....")]
    public void Malformed_links_are_refused_without_trusting_anything_R_REC_04(string? text)
    {
        var check = Signer().Verify(text);

        Assert.Equal(LinkProblem.Malformed, check.Problem);
        Assert.Null(check.Link);
    }
}
