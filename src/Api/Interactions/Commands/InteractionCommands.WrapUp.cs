using Platform.Domain.Confidentiality;
using Platform.Domain.Interactions;

namespace Platform.Api.Interactions.Commands;

public sealed partial class InteractionCommands
{
    /// <summary>
    /// R-CALL-07: the agent records the call's content and outcome tag; more than 5 minutes after the call's end the
    /// record is flagged as a service defect (lateWrapUp). A call still open is ended now. Card numbers typed into the
    /// content are masked before storage (R-PII-05).
    /// </summary>
    public async Task<InteractionCommandResult> RecordWrapUpAsync(RecordWrapUpCommand command, CancellationToken ct = default)
    {
        var (interaction, error) = await ActionableAsync(command.InteractionId, Acting.OwnAgent, ct);
        if (interaction is null)
        {
            return InteractionCommandResult.Refused(error!);
        }

        if (interaction.WrappedUpAt is not null)
        {
            return InteractionCommandResult.Refused(new AlreadyWrappedUpError());
        }

        var now = clock.Now;
        var endedAt = interaction.EndedAt ?? now;
        var assessment = WrapUpTimeliness.Assess(endedAt, now, command.Content, command.Outcome);
        if (!assessment.IsComplete)
        {
            return InteractionCommandResult.Refused(new WrapUpIncompleteError(assessment.Problems));
        }

        interaction.EndedAt = endedAt;
        interaction.Summary = CardNumberRedaction.Redact(command.Content!.Trim());
        interaction.OutcomeTag = command.Outcome;
        interaction.WrappedUpAt = now;
        interaction.LateWrapUp = assessment.IsServiceDefect;
        await Db.SaveChangesAsync(ct);
        return InteractionCommandResult.Done(interaction);
    }

    /// <summary>Ends the interaction; the agent's clearance for its customer ends with it (R-PII-03).</summary>
    public async Task<InteractionCommandResult> EndAsync(EndInteractionCommand command, CancellationToken ct = default)
    {
        var (interaction, error) = await ActionableAsync(command.InteractionId, Acting.AgentOrSupervisor, ct);
        if (interaction is null)
        {
            return InteractionCommandResult.Refused(error!);
        }

        if (interaction.EndedAt is not null)
        {
            return InteractionCommandResult.Refused(new InteractionEndedError());
        }

        interaction.EndedAt = clock.Now;
        await Db.SaveChangesAsync(ct);
        return InteractionCommandResult.Done(interaction);
    }
}
