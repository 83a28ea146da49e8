namespace Platform.Domain.Security;

/// <summary>Encrypted content or a wrapped key failed verification; no plaintext is ever returned in that case.</summary>
public sealed class ContentRefusedException(ContentRefusalReason reason, string message) : Exception(message)
{
    /// <summary>The category of the refusal.</summary>
    public ContentRefusalReason Reason { get; } = reason;
}
