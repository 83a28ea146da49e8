namespace Platform.Domain.Entities;

/// <summary>AES-GCM encrypted content of one recording, stored apart from its metadata.</summary>
public sealed class RecordingContent : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid RecordingId { get; set; }
    public int KeyVersion { get; set; }
    public byte[] Nonce { get; set; } = [];
    public byte[] Ciphertext { get; set; } = [];
    public byte[] Tag { get; set; } = [];
    public byte[] ContentSha256 { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
