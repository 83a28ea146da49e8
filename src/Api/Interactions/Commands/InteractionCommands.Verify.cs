using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;

namespace Platform.Api.Interactions.Commands;

public sealed partial class InteractionCommands
{
    /// <summary>
    /// R-CALL-03: one verification attempt by the interaction's agent. Every checked attempt (success or failure) is
    /// recorded on the interaction; the third failure locks verification for it. Success makes the interaction
    /// verified, which is what grants the agent clearance for its customer until it ends (R-PII-03).
    /// </summary>
    public async Task<VerifyIdentityResult> VerifyIdentityAsync(VerifyIdentityCommand command, CancellationToken ct = default)
    {
        var (interaction, error) = await ActionableAsync(command.InteractionId, Acting.OwnAgent, ct);
        if (interaction is null)
        {
            return Refused(error!);
        }

        if (interaction.EndedAt is not null)
        {
            return Refused(new InteractionEndedError());
        }

        if (interaction.CustomerId is not { } customerId)
        {
            return Refused(new InvalidInteractionInputError("interactionId", "The interaction has no customer whose identity could be verified."));
        }

        if (interaction.VerifiedAt is not null)
        {
            // Verified once is verified for the whole interaction; a repeat changes nothing and records nothing.
            return new VerifyIdentityResult(interaction, VerificationOutcome.Verified, IdentityVerification.MaxFailures - interaction.FailedVerificationCount, []);
        }

        if (ClaimOf(command) is not { } claim)
        {
            return Refused(new InvalidInteractionInputError("method", $"The proof for {command.Method} is missing."));
        }

        var now = clock.Now;
        var rules = await TenantCallingRules.LoadAsync(Db, actor.TenantId, now, ct);
        var customer = await Db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, ct);
        var policyNumbers = await Db.Policies.AsNoTracking()
            .Where(p => p.PolicyholderId == customerId || p.InsuredId == customerId)
            .Select(p => p.PolicyNumber)
            .ToListAsync(ct);
        var previous = await Db.VerificationAttempts.AsNoTracking()
            .Where(a => a.InteractionId == interaction.Id)
            .Select(a => new VerificationAttemptRecord(a.Method, a.Succeeded, a.AttemptedAt, a.RelativeRelationship))
            .ToListAsync(ct);

        var subject = new VerificationSubject(customer.IdNumber, policyNumbers, customer.ReservedPhone, customer.BirthDate);
        var result = IdentityVerification.Verify(subject, claim, previous, now, rules.Calendar.LocalDate(now));
        if (result.Attempt is { } attempt)
        {
            Db.VerificationAttempts.Add(new VerificationAttempt
            {
                TenantId = actor.TenantId,
                Id = Guid.CreateVersion7(),
                InteractionId = interaction.Id,
                AttemptedAt = attempt.At,
                Method = attempt.Method,
                Succeeded = attempt.Succeeded,
                RelativeRelationship = attempt.Relationship,
                FailureReason = attempt.Succeeded ? null : "Proof did not match the customer's records.",
            });
            if (attempt.Succeeded)
            {
                interaction.VerifiedAt = attempt.At;
                interaction.VerificationMethod = attempt.Method;
                interaction.VerifiedRelativeRelationship = attempt.Relationship;
            }
        }

        interaction.FailedVerificationCount = result.FailureCount;
        interaction.VerificationLocked = result.IsLocked;
        await Db.SaveChangesAsync(ct);

        InteractionCommandError? refusal = result.Outcome switch
        {
            VerificationOutcome.Locked => new VerificationLockedError(result.Message),
            VerificationOutcome.MethodNotAllowed => new VerificationMethodNotAllowedError(command.Method, result.Message),
            VerificationOutcome.Failed => new IdentityVerificationFailedError(result.RemainingAttempts, result.IsLocked, result.Message),
            _ => null,
        };
        return new VerifyIdentityResult(interaction, result.Outcome, result.RemainingAttempts, refusal is null ? [] : [refusal]);
    }

    private static VerifyIdentityResult Refused(InteractionCommandError error) => new(null, null, 0, [error]);

    private static VerificationClaim? ClaimOf(VerifyIdentityCommand command) => command.Method switch
    {
        VerificationMethod.PolicyAndIdNumber when command.PolicyNumberLast6 is not null && command.IdNumberLast4 is not null =>
            new PolicyAndIdClaim(command.PolicyNumberLast6, command.IdNumberLast4),
        VerificationMethod.ReservedPhone when !string.IsNullOrWhiteSpace(command.ReservedPhone) => new ReservedPhoneClaim(command.ReservedPhone),
        VerificationMethod.Relative when !string.IsNullOrWhiteSpace(command.RelativeRelationship) =>
            new RelativeClaim(command.RelativeRelationship, command.RelativeRelationshipConfirmed, command.RelativeName),
        _ => null,
    };
}
