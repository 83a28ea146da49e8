using Microsoft.EntityFrameworkCore;
using Platform.Domain.Interactions;
using Platform.Domain.Staff;

namespace Platform.Api.Interactions.Commands;

public sealed partial class InteractionCommands
{
    /// <summary>
    /// R-CALL-02: hands the call to another agent, stating the reason and an expected wait of at most 2 minutes. The
    /// target must be an active agent who may take calls (R-AGT-01). The interaction ends for the transferring agent
    /// (their clearance ends with it); the receiving agent starts their own interaction.
    /// </summary>
    public async Task<InteractionCommandResult> TransferAsync(TransferInteractionCommand command, CancellationToken ct = default)
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

        var problems = CallHandling.CheckTransfer(command.Reason, command.ExpectedWait);
        if (problems.Count > 0)
        {
            return InteractionCommandResult.Refused(new TransferRefusedError(problems));
        }

        if (await TransferTargetProblemAsync(command.TargetAgentId, interaction.AgentId, ct) is { } unavailable)
        {
            return InteractionCommandResult.Refused(new TransferTargetUnavailableError(unavailable));
        }

        var now = clock.Now;
        interaction.TransferredAt = now;
        interaction.TransferReason = Domain.Confidentiality.CardNumberRedaction.Redact(command.Reason!.Trim());
        interaction.TransferExpectedWaitSeconds = (int)Math.Ceiling(command.ExpectedWait!.Value.TotalSeconds);
        interaction.TransferredToId = command.TargetAgentId;
        interaction.EndedAt = now;
        await Db.SaveChangesAsync(ct);
        return InteractionCommandResult.Done(interaction);
    }

    private async Task<string?> TransferTargetProblemAsync(Guid targetId, Guid currentAgentId, CancellationToken ct)
    {
        if (targetId == currentAgentId)
        {
            return "A call cannot be transferred to the agent already handling it.";
        }

        var isActiveAgent = await Db.StaffMembers.AnyAsync(
            s => s.Id == targetId && s.Active && Db.StaffRoleAssignments.Any(r => r.StaffMemberId == s.Id && r.Role == StaffRole.Agent), ct);
        if (!isActiveAgent)
        {
            return "The transfer target is not an active agent of this insurer.";
        }

        var certification = await AgentCertificationLookup.CheckAsync(Db, targetId, ct);
        return certification.MayActAsAgent
            ? null
            : $"The transfer target may not take calls yet (R-AGT-01); missing: {string.Join(", ", certification.Gaps)}.";
    }
}
