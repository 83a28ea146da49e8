using Platform.Domain.Entities;
using Platform.Domain.Interactions;

namespace Platform.Api.Interactions.Commands;

/// <summary>The outcome of an interaction command: the changed interaction (null when refused before any change) and its refusals.</summary>
public sealed record InteractionCommandResult(Interaction? Interaction, IReadOnlyList<InteractionCommandError> Errors)
{
    /// <summary>A refusal without a change.</summary>
    public static InteractionCommandResult Refused(params InteractionCommandError[] errors) => new(null, errors);

    /// <summary>A success.</summary>
    public static InteractionCommandResult Done(Interaction interaction) => new(interaction, []);
}

/// <summary>The outcome of a verification attempt: the interaction, what happened and the refusals (R-CALL-03).</summary>
public sealed record VerifyIdentityResult(
    Interaction? Interaction, VerificationOutcome? Outcome, int RemainingAttempts, IReadOnlyList<InteractionCommandError> Errors)
{
    /// <summary>Whether the customer's identity is verified in the interaction.</summary>
    public bool Verified => Interaction?.VerifiedAt is not null;
}

/// <summary>A stored do-not-call request and the last days on which it refuses calls (R-CALL-06, R-CALL-09).</summary>
public sealed record DoNotCallMarkRecord(
    Guid Id, Guid CustomerId, CallPurpose Scope, DateTimeOffset RequestedAt, DateOnly? ServiceCallsRefusedThrough, DateOnly MarketingCallsRefusedThrough);

/// <summary>The outcome of marking a customer do-not-call.</summary>
public sealed record MarkDoNotCallResult(Interaction? Interaction, DoNotCallMarkRecord? DoNotCall, IReadOnlyList<InteractionCommandError> Errors);
