namespace Platform.Api.Recordings.Links;

/// <summary>Why a presented link was not accepted.</summary>
public enum LinkProblem
{
    /// <summary>Not a link this API issues (wrong shape or version); nothing in it can be trusted.</summary>
    Malformed,

    /// <summary>The signature does not match: the link was altered or forged; nothing in it can be trusted.</summary>
    BadSignature,

    /// <summary>Genuine but past its expiry.</summary>
    Expired,

    /// <summary>Genuine but its lifetime exceeds the 5-minute maximum or it is not valid yet.</summary>
    OutsideLifetime,

    /// <summary>Genuine, but its tenant is suspended (R-TEN-03).</summary>
    TenantSuspended,
}

/// <summary>
/// The result of checking a presented link. When the signature verified, <see cref="Link"/> is set even if the link
/// was refused (expired), so the refusal can be written to the right tenant's access log.
/// </summary>
public sealed record LinkCheck(PlaybackLink? Link, LinkProblem? Problem)
{
    /// <summary>True when the link is genuine and currently valid.</summary>
    public bool IsValid => Link is not null && Problem is null;
}
