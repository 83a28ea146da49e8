using Platform.Domain.Interactions;

namespace Platform.Api.Interactions.Commands;

/// <summary>Starts an interaction handled by the caller (R-AGT-01; outbound calls R-CALL-05/06/09; inbound R-CALL-01).</summary>
/// <param name="Channel">How the contact takes place.</param>
/// <param name="CustomerId">The customer, required for outbound calls.</param>
/// <param name="PolicyId">A policy of the customer the contact is about.</param>
/// <param name="Purpose">Service or marketing; required for outbound calls (R-CALL-09).</param>
/// <param name="OfferedAt">When an inbound call was offered to the agent; required for inbound calls (R-CALL-01).</param>
public sealed record StartInteractionCommand(
    InteractionChannel Channel, Guid? CustomerId, Guid? PolicyId, CallPurpose? Purpose, DateTimeOffset? OfferedAt);

/// <summary>One identity verification attempt (R-CALL-03); only the fields of the chosen method are read.</summary>
public sealed record VerifyIdentityCommand(
    Guid InteractionId,
    VerificationMethod Method,
    string? PolicyNumberLast6,
    string? IdNumberLast4,
    string? ReservedPhone,
    string? RelativeRelationship,
    bool RelativeRelationshipConfirmed,
    string? RelativeName);

/// <summary>The call's wrap-up: content and outcome tag (R-CALL-07).</summary>
public sealed record RecordWrapUpCommand(Guid InteractionId, string? Content, OutcomeTag? Outcome);

/// <summary>A transfer to another agent with its reason and expected wait (R-CALL-02).</summary>
public sealed record TransferInteractionCommand(Guid InteractionId, Guid TargetAgentId, string? Reason, TimeSpan? ExpectedWait);

/// <summary>What kind of problem is escalated (R-CALL-04).</summary>
public enum EscalationKind
{
    ComplexComplaint,
    SystemProblem,
}

/// <summary>An escalation of a complex complaint or system problem raised in the interaction (R-CALL-04).</summary>
public sealed record EscalateInteractionCommand(Guid InteractionId, EscalationKind Kind, string? Reason);

/// <summary>The customer of the interaction asks not to be called (R-CALL-06) or not to get marketing calls (R-CALL-09).</summary>
public sealed record MarkDoNotCallCommand(Guid InteractionId, CallPurpose Scope, string? Note);

/// <summary>Ends the interaction; an agent's clearance for its customer ends with it (R-PII-03).</summary>
public sealed record EndInteractionCommand(Guid InteractionId);
