using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;

namespace Platform.Api.Interactions.Commands;

public sealed partial class InteractionCommands
{
    /// <summary>
    /// Starts an interaction handled by the caller: R-AGT-01 certification gate; outbound calls need a customer and a
    /// purpose (R-CALL-09) and pass the calling window (R-CALL-05) and do-not-call requests (R-CALL-06/09); inbound
    /// calls answered more than 15 s after being offered are flagged lateAnswer (R-CALL-01).
    /// </summary>
    public async Task<InteractionCommandResult> StartAsync(StartInteractionCommand command, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var now = clock.Now;
        var certification = await AgentCertificationLookup.CheckAsync(Db, caller.Id, ct);
        if (!certification.MayActAsAgent)
        {
            return InteractionCommandResult.Refused(new AgentNotCertifiedError(certification.Gaps));
        }

        if (InputProblem(command, now) is { } problem)
        {
            return InteractionCommandResult.Refused(problem);
        }

        Customer? customer = null;
        if (command.CustomerId is { } customerId)
        {
            customer = await Db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, ct);
            if (customer is null)
            {
                return InteractionCommandResult.Refused(new CustomerNotFoundError());
            }
        }

        if (command.PolicyId is { } policyId
            && !await Db.Policies.AnyAsync(p => p.Id == policyId && (p.PolicyholderId == command.CustomerId || p.InsuredId == command.CustomerId), ct))
        {
            return InteractionCommandResult.Refused(new PolicyNotFoundError());
        }

        if (command.Channel == InteractionChannel.OutboundCall && await OutboundRefusalAsync(customer!.Id, command.Purpose!.Value, now, ct) is { } refusal)
        {
            return InteractionCommandResult.Refused(refusal);
        }

        var inbound = command.Channel == InteractionChannel.InboundCall;
        var interaction = new Interaction
        {
            TenantId = actor.TenantId,
            Id = Guid.CreateVersion7(),
            Channel = command.Channel,
            Purpose = command.Purpose,
            AgentId = caller.Id,
            CustomerId = customer?.Id,
            PolicyId = command.PolicyId,
            StartedAt = inbound ? command.OfferedAt!.Value : now,
            AnsweredAt = inbound ? now : null,
            LateAnswer = inbound && AnswerTimeliness.IsLateAnswer(command.OfferedAt!.Value, now),
            Urgency = Urgency.Normal,
            CreatedAt = now,
        };
        Db.Interactions.Add(interaction);
        await Db.SaveChangesAsync(ct);
        return InteractionCommandResult.Done(interaction);
    }

    private static InvalidInteractionInputError? InputProblem(StartInteractionCommand command, DateTimeOffset now)
    {
        if (!Enum.IsDefined(command.Channel))
        {
            return new InvalidInteractionInputError("channel", "Unknown channel.");
        }

        if (command.PolicyId is not null && command.CustomerId is null)
        {
            return new InvalidInteractionInputError("policyId", "A policy can only be named together with its customer.");
        }

        switch (command.Channel)
        {
            case InteractionChannel.OutboundCall when command.CustomerId is null:
                return new InvalidInteractionInputError("customerId", "An outbound call needs the customer being called.");
            case InteractionChannel.OutboundCall when command.Purpose is null:
                return new InvalidInteractionInputError("purpose", "An outbound call records its purpose, service or marketing (R-CALL-09).");
            case InteractionChannel.InboundCall when command.OfferedAt is null:
                return new InvalidInteractionInputError("offeredAt", "An inbound call records when it was offered, to judge the answer time (R-CALL-01).");
            case InteractionChannel.InboundCall when command.OfferedAt > now:
                return new InvalidInteractionInputError("offeredAt", "An inbound call cannot be offered in the future.");
            default:
                return null;
        }
    }

    private async Task<InteractionCommandError?> OutboundRefusalAsync(Guid customerId, CallPurpose purpose, DateTimeOffset now, CancellationToken ct)
    {
        var rules = await TenantCallingRules.LoadAsync(Db, actor.TenantId, now, ct);
        var marks = await Db.DoNotCallRequests.AsNoTracking()
            .Where(r => r.CustomerId == customerId && r.RequestedAt <= now)
            .Select(r => new DoNotCallMark(r.RequestedAt, r.Purpose))
            .ToListAsync(ct);
        var decision = OutboundCallGate.Decide(rules.CallingWindow, rules.DoNotCall, marks, now, purpose);
        return decision.Refusal switch
        {
            null => null,
            OutboundCallRefusal.MarketingQuietHours => new MarketingQuietHoursError(decision.Message!),
            OutboundCallRefusal.DoNotCall => new DoNotCallError(purpose, LastRefusedDay(rules, marks, now, purpose), decision.Message!),
            var reason => new CallingWindowError(reason.Value, decision.Message!),
        };
    }

    private static DateOnly? LastRefusedDay(Domain.Tenancy.TenantRuleSettings rules, IEnumerable<DoNotCallMark> marks, DateTimeOffset now, CallPurpose purpose)
    {
        var today = rules.Calendar.LocalDate(now);
        return marks.Select(m => rules.DoNotCall.LastRefusedDay(m, purpose, rules.Zone)).Where(d => d >= today).Max();
    }
}
