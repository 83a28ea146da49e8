using Platform.Api.Errors;
using Platform.Domain.Interactions;
using Platform.Domain.Staff;

namespace Platform.Api.Interactions.Commands;

/// <summary>
/// A business-rule refusal of an interaction command, returned in the mutation payload (never a top-level error).
/// The CLR type name is the GraphQL error type's name; <see cref="Rule"/> is exposed as the error's <c>rule</c> field.
/// </summary>
/// <param name="Code">Stable machine-readable code.</param>
/// <param name="Message">An explanation the agent can act on.</param>
/// <param name="Rule">The domain rule id (e.g. <c>R-CALL-05</c>) that refused, when a rule did.</param>
public abstract record InteractionCommandError(string TypeName, string Code, string Message, string? Rule)
    : UserError(TypeName, Code, Message);

/// <summary>R-AGT-01: the staff member has not passed onboarding (100%) and the psychological assessment.</summary>
public sealed record AgentNotCertifiedError(IReadOnlyList<CertificationGap> Gaps)
    : InteractionCommandError(nameof(AgentNotCertifiedError), "AGENT_NOT_CERTIFIED", $"A staff member may act as an agent only after a full onboarding pass and a passed psychological assessment; missing: {string.Join(", ", Gaps)}.", "R-AGT-01");

/// <summary>R-CALL-05: outside the tenant's calling windows, or a public holiday.</summary>
public sealed record CallingWindowError(OutboundCallRefusal Reason, string Detail)
    : InteractionCommandError(nameof(CallingWindowError), Reason == OutboundCallRefusal.PublicHoliday ? "PUBLIC_HOLIDAY" : "OUTSIDE_CALLING_WINDOW", Detail, "R-CALL-05");

/// <summary>R-CALL-09: marketing calls are never made between 21:00 and 09:00.</summary>
public sealed record MarketingQuietHoursError(string Detail)
    : InteractionCommandError(nameof(MarketingQuietHoursError), "MARKETING_QUIET_HOURS", Detail, "R-CALL-09");

/// <summary>R-CALL-06 / R-CALL-09: the customer asked not to be called.</summary>
public sealed record DoNotCallError(CallPurpose Purpose, DateOnly? RefusedThrough, string Detail)
    : InteractionCommandError(nameof(DoNotCallError), "DO_NOT_CALL", Detail, Purpose == CallPurpose.Marketing ? "R-CALL-09" : "R-CALL-06");

/// <summary>R-CALL-03: three failed attempts locked verification for this interaction.</summary>
public sealed record VerificationLockedError(string Detail)
    : InteractionCommandError(nameof(VerificationLockedError), "VERIFICATION_LOCKED", Detail, "R-CALL-03");

/// <summary>R-CALL-03: reserved-phone and relative verification are only for minors and elderly customers.</summary>
public sealed record VerificationMethodNotAllowedError(VerificationMethod Method, string Detail)
    : InteractionCommandError(nameof(VerificationMethodNotAllowedError), "VERIFICATION_METHOD_NOT_ALLOWED", Detail, "R-CALL-03");

/// <summary>R-CALL-03: the proof did not match; the failed attempt is recorded on the interaction.</summary>
public sealed record IdentityVerificationFailedError(int RemainingAttempts, bool Locked, string Detail)
    : InteractionCommandError(nameof(IdentityVerificationFailedError), "VERIFICATION_FAILED", Detail, "R-CALL-03");

/// <summary>R-CALL-07: the wrap-up lacks its content or outcome tag.</summary>
public sealed record WrapUpIncompleteError(IReadOnlyList<WrapUpProblem> Problems)
    : InteractionCommandError(nameof(WrapUpIncompleteError), "WRAP_UP_INCOMPLETE", $"A wrap-up records the call's content and an outcome tag; problems: {string.Join(", ", Problems)}.", "R-CALL-07");

/// <summary>R-CALL-07: the interaction already has its wrap-up record.</summary>
public sealed record AlreadyWrappedUpError()
    : InteractionCommandError(nameof(AlreadyWrappedUpError), "ALREADY_WRAPPED_UP", "This interaction's wrap-up has already been recorded.", "R-CALL-07");

/// <summary>R-CALL-02: a transfer states a reason and an expected wait of at most 2 minutes.</summary>
public sealed record TransferRefusedError(IReadOnlyList<TransferProblem> Problems)
    : InteractionCommandError(nameof(TransferRefusedError), "TRANSFER_REFUSED", $"A transfer states its reason and an expected wait of at most 2 minutes; problems: {string.Join(", ", Problems)}.", "R-CALL-02");

/// <summary>R-AGT-01: the transfer target is not an active, certified agent of the tenant.</summary>
public sealed record TransferTargetUnavailableError(string Detail)
    : InteractionCommandError(nameof(TransferTargetUnavailableError), "TRANSFER_TARGET_UNAVAILABLE", Detail, "R-AGT-01");

/// <summary>R-CALL-04: the interaction has already been escalated.</summary>
public sealed record AlreadyEscalatedError()
    : InteractionCommandError(nameof(AlreadyEscalatedError), "ALREADY_ESCALATED", "This interaction has already been escalated.", "R-CALL-04");

/// <summary>The interaction has ended; live actions (verification, transfer) are no longer possible.</summary>
public sealed record InteractionEndedError()
    : InteractionCommandError(nameof(InteractionEndedError), "INTERACTION_ENDED", "This interaction has already ended.", null);

/// <summary>No such interaction among those the caller may act on (an agent acts only on their own).</summary>
public sealed record InteractionNotFoundError()
    : InteractionCommandError(nameof(InteractionNotFoundError), "INTERACTION_NOT_FOUND", "No interaction with this id that the caller may act on.", null);

/// <summary>Only the interaction's own agent may do this (supervisors may transfer and escalate their team's calls).</summary>
public sealed record NotInteractionAgentError()
    : InteractionCommandError(nameof(NotInteractionAgentError), "NOT_INTERACTION_AGENT", "Only the agent handling this interaction may do this.", null);

/// <summary>No such customer in the tenant.</summary>
public sealed record CustomerNotFoundError()
    : InteractionCommandError(nameof(CustomerNotFoundError), "CUSTOMER_NOT_FOUND", "No customer with this id.", null);

/// <summary>No such policy of the customer in the tenant.</summary>
public sealed record PolicyNotFoundError()
    : InteractionCommandError(nameof(PolicyNotFoundError), "POLICY_NOT_FOUND", "No policy with this id held by or insuring the customer.", null);

/// <summary>An input value is missing or inconsistent with the others.</summary>
public sealed record InvalidInteractionInputError(string Field, string Detail)
    : InteractionCommandError(nameof(InvalidInteractionInputError), "INVALID_INPUT", Detail, null);
