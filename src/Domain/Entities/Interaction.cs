using Platform.Domain.Interactions;

namespace Platform.Domain.Entities;

/// <summary>A call or other contact between an agent and a customer, with verification, wrap-up, transfer and escalation state.</summary>
public sealed class Interaction : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public InteractionChannel Channel { get; set; }
    public CallPurpose? Purpose { get; set; }
    public Guid AgentId { get; set; }
    public Guid? CustomerId { get; set; }
    public Guid? PolicyId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? Summary { get; set; }
    public OutcomeTag? OutcomeTag { get; set; }
    public Urgency Urgency { get; set; }
    public bool LateAnswer { get; set; }
    public DateTimeOffset? WrappedUpAt { get; set; }
    public bool LateWrapUp { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public VerificationMethod? VerificationMethod { get; set; }
    public string? VerifiedRelativeRelationship { get; set; }
    public int FailedVerificationCount { get; set; }
    public bool VerificationLocked { get; set; }
    public DateTimeOffset? TransferredAt { get; set; }
    public string? TransferReason { get; set; }
    public int? TransferExpectedWaitSeconds { get; set; }
    public Guid? TransferredToId { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public string? EscalationReason { get; set; }
    public DateTimeOffset? CallbackDueAt { get; set; }
    public DateTimeOffset? DepartmentNotifiedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<VerificationAttempt> VerificationAttempts { get; set; } = [];
}
