using System.Text.Json;
using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;

namespace Platform.Api.Interactions.Commands;

public sealed partial class InteractionCommands
{
    /// <summary>The outbox event type of an escalation; subscribers (the responsible department) receive it.</summary>
    public const string EscalatedEventType = "InteractionEscalated";

    /// <summary>
    /// R-CALL-04: a complex complaint or system problem raised in the interaction is escalated: tagged urgent, a
    /// callback promised within 24 hours, and an <see cref="EscalatedEventType"/> event written to the outbox in the
    /// same transaction (published on commit), which is the push to the responsible department. Recording the
    /// complaint itself is the complaint workflow's job; the event carries what it needs.
    /// </summary>
    public async Task<InteractionCommandResult> EscalateAsync(EscalateInteractionCommand command, CancellationToken ct = default)
    {
        var (interaction, error) = await ActionableAsync(command.InteractionId, Acting.AgentOrSupervisor, ct);
        if (interaction is null)
        {
            return InteractionCommandResult.Refused(error!);
        }

        if (interaction.EscalatedAt is not null)
        {
            return InteractionCommandResult.Refused(new AlreadyEscalatedError());
        }

        if (!Enum.IsDefined(command.Kind))
        {
            return InteractionCommandResult.Refused(new InvalidInteractionInputError("kind", "Unknown escalation kind."));
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return InteractionCommandResult.Refused(new InvalidInteractionInputError("reason", "An escalation states the problem raised (R-CALL-04)."));
        }

        var caller = await CallerAsync(ct);
        var now = clock.Now;
        var plan = CallEscalation.Plan(now);
        var reason = CardNumberRedaction.Redact(command.Reason.Trim());
        interaction.Urgency = plan.Urgency;
        interaction.EscalatedAt = now;
        interaction.EscalationReason = reason;
        interaction.CallbackDueAt = plan.CallbackBy;
        interaction.DepartmentNotifiedAt = now;
        Db.DomainEvents.Add(new DomainEvent
        {
            TenantId = actor.TenantId,
            Id = Guid.CreateVersion7(),
            Type = EscalatedEventType,
            AggregateType = nameof(Interaction),
            AggregateId = interaction.Id,
            OccurredAt = now,
            Payload = JsonSerializer.Serialize(new
            {
                interactionId = interaction.Id,
                kind = command.Kind.ToString(),
                reason,
                customerId = interaction.CustomerId,
                policyId = interaction.PolicyId,
                agentId = interaction.AgentId,
                escalatedById = caller.Id,
                raisedAt = now,
                pushBy = plan.PushBy,
                callbackBy = plan.CallbackBy,
                urgency = plan.Urgency.ToString(),
            }),
        });
        await Db.SaveChangesAsync(ct);
        return InteractionCommandResult.Done(interaction);
    }
}
