using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Staff;

namespace Platform.Api.Interactions.Commands;

/// <summary>
/// The interaction mutations inside the caller's tenant transaction: each applies the domain rules, stages its changes and saves
/// them; committing is left to the transaction's owner (a refusal stages nothing, so committing it is harmless).
/// </summary>
public sealed partial class InteractionCommands(PlatformDbContext db, CommandActor actor, InteractionClock clock)
{
    private StaffMember? _caller;

    private PlatformDbContext Db => db;

    /// <summary>Who may act on an existing interaction.</summary>
    private enum Acting
    {
        /// <summary>Only the agent handling it (things said or done on the call itself).</summary>
        OwnAgent,

        /// <summary>Its agent, or the supervisor of the agent's team.</summary>
        AgentOrSupervisor,
    }

    /// <summary>The caller's active staff record, matched on the token subject.</summary>
    private async Task<StaffMember> CallerAsync(CancellationToken ct)
    {
        if (_caller is not null)
        {
            return _caller;
        }

        _caller = await Db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == actor.Subject && s.Active, ct)
            ?? throw new NotAStaffMemberException();
        return _caller;
    }

    /// <summary>Loads an interaction the caller may act on in the given way, or the refusal to return.</summary>
    private async Task<(Interaction? Interaction, InteractionCommandError? Error)> ActionableAsync(Guid interactionId, Acting acting, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        // Every command changes the row: lock it so concurrent commands on one call serialise (two verification
        // attempts racing must not both see two failures and slip past the lock of R-CALL-03).
        var interaction = await Db.Interactions
            .FromSql($"SELECT * FROM interactions WHERE id = {interactionId} FOR UPDATE")
            .SingleOrDefaultAsync(ct);
        if (interaction is null)
        {
            return (null, new InteractionNotFoundError());
        }

        if (interaction.AgentId == caller.Id)
        {
            return (interaction, null);
        }

        // Row scoping: a supervisor sees the interactions of their team's agents; an agent only their own.
        if (actor.Holds(StaffRole.Supervisor) && await SupervisesAsync(caller.Id, interaction.AgentId, ct))
        {
            return acting == Acting.AgentOrSupervisor ? (interaction, null) : (null, new NotInteractionAgentError());
        }

        return (null, new InteractionNotFoundError());
    }

    private Task<bool> SupervisesAsync(Guid supervisorId, Guid agentId, CancellationToken ct) =>
        (from agent in Db.StaffMembers
         join team in Db.Teams on agent.TeamId equals team.Id
         where agent.Id == agentId && team.SupervisorId == supervisorId
         select agent.Id).AnyAsync(ct);
}
