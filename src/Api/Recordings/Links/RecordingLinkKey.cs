using Platform.Domain.Security;

namespace Platform.Api.Recordings.Links;

/// <summary>The HMAC-SHA256 key that signs playback links; it is never the master key itself.</summary>
public sealed class RecordingLinkKey
{
    /// <summary>Key length in bytes.</summary>
    public const int Length = 32;

    private readonly byte[] _key;

    /// <summary>Uses exactly 32 key bytes.</summary>
    public RecordingLinkKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Length)
        {
            throw new ArgumentException($"A link key must be {Length} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    internal ReadOnlySpan<byte> Bytes => _key;

    /// <summary>The link key of this deployment, derived from the master key so every instance honours every link.</summary>
    public static RecordingLinkKey For(MasterKey masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        return new RecordingLinkKey(masterKey.DeriveKey("platform/recording-playback-links/v1"));
    }

    /// <summary>Hides the key from logs.</summary>
    public override string ToString() => "RecordingLinkKey";
}
