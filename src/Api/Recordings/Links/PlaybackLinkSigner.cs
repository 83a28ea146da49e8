using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Links;

/// <summary>
/// Signs and verifies playback links (R-REC-04, R-REC-05): an HMAC-SHA256 over version, tenant, recording, grant,
/// staff member, kind, issue and expiry instants. A link can therefore not be moved to another recording, tenant or
/// kind, nor extended, without breaking the signature; verification compares in constant time.
/// </summary>
public sealed class PlaybackLinkSigner(RecordingLinkKey key, TimeProvider clock)
{
    private const byte Version = 1;
    private const int PayloadLength = 1 + 16 + 16 + 16 + 16 + 1 + 8 + 8;
    private const int MacLength = 32;

    /// <summary>The link's text form: base64url(payload) "." base64url(mac); safe in a URL path segment.</summary>
    /// <exception cref="ArgumentException">The link would live longer than <see cref="RecordingAccessPolicy.MaxLinkLifetime"/>.</exception>
    public string Sign(PlaybackLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!WithinLifetime(link))
        {
            throw new ArgumentException("A playback link lives at most 5 minutes.", nameof(link));
        }

        Span<byte> payload = stackalloc byte[PayloadLength];
        Write(link, payload);
        Span<byte> mac = stackalloc byte[MacLength];
        HMACSHA256.HashData(key.Bytes, payload, mac);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>Checks a presented link: genuine (constant-time MAC comparison), within its lifetime, not expired.</summary>
    public LinkCheck Verify(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 256)
        {
            return new LinkCheck(null, LinkProblem.Malformed);
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        Span<byte> payload = stackalloc byte[PayloadLength + 3];
        Span<byte> presentedMac = stackalloc byte[MacLength + 3];
        if (dot < 0
            || !Base64Url.TryDecodeFromChars(text.AsSpan(0, dot), payload, out var payloadWritten) || payloadWritten != PayloadLength
            || !Base64Url.TryDecodeFromChars(text.AsSpan(dot + 1), presentedMac, out var macWritten) || macWritten != MacLength)
        {
            return new LinkCheck(null, LinkProblem.Malformed);
        }

        payload = payload[..PayloadLength];
        Span<byte> expectedMac = stackalloc byte[MacLength];
        HMACSHA256.HashData(key.Bytes, payload, expectedMac);
        if (!CryptographicOperations.FixedTimeEquals(expectedMac, presentedMac[..MacLength]))
        {
            return new LinkCheck(null, LinkProblem.BadSignature);
        }

        var link = Read(payload);
        if (link is null)
        {
            return new LinkCheck(null, LinkProblem.Malformed);
        }

        var now = clock.GetUtcNow();
        if (!WithinLifetime(link) || now < link.IssuedAt)
        {
            return new LinkCheck(link, LinkProblem.OutsideLifetime);
        }

        return now >= link.ExpiresAt ? new LinkCheck(link, LinkProblem.Expired) : new LinkCheck(link, null);
    }

    private static bool WithinLifetime(PlaybackLink link) =>
        link.ExpiresAt > link.IssuedAt && link.ExpiresAt - link.IssuedAt <= RecordingAccessPolicy.MaxLinkLifetime;

    private static void Write(PlaybackLink link, Span<byte> payload)
    {
        payload[0] = Version;
        link.TenantId.TryWriteBytes(payload[1..17], bigEndian: true, out _);
        link.RecordingId.TryWriteBytes(payload[17..33], bigEndian: true, out _);
        link.GrantId.TryWriteBytes(payload[33..49], bigEndian: true, out _);
        link.StaffId.TryWriteBytes(payload[49..65], bigEndian: true, out _);
        payload[65] = link.Kind switch
        {
            RecordingAccessKind.Play => 1,
            RecordingAccessKind.Download => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(link), link.Kind, "Unknown access kind."),
        };
        BinaryPrimitives.WriteInt64BigEndian(payload[66..74], link.IssuedAt.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64BigEndian(payload[74..82], link.ExpiresAt.ToUnixTimeMilliseconds());
    }

    private static PlaybackLink? Read(ReadOnlySpan<byte> payload)
    {
        if (payload[0] != Version)
        {
            return null;
        }

        RecordingAccessKind? kind = payload[65] switch
        {
            1 => RecordingAccessKind.Play,
            2 => RecordingAccessKind.Download,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        return new PlaybackLink(
            new Guid(payload[1..17], bigEndian: true),
            new Guid(payload[17..33], bigEndian: true),
            new Guid(payload[33..49], bigEndian: true),
            new Guid(payload[49..65], bigEndian: true),
            kind.Value,
            DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(payload[66..74])),
            DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(payload[74..82])));
    }
}
