using Platform.Domain.Interactions;

namespace Platform.Domain.Entities;

/// <summary>One identity verification attempt within an interaction (R-CALL-03).</summary>
public sealed class VerificationAttempt : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid InteractionId { get; set; }
    public DateTimeOffset AttemptedAt { get; set; }
    public VerificationMethod Method { get; set; }
    public bool Succeeded { get; set; }
    public string? RelativeRelationship { get; set; }
    public string? FailureReason { get; set; }
}
