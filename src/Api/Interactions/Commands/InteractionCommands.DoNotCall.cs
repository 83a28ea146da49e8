using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;

namespace Platform.Api.Interactions.Commands;

public sealed partial class InteractionCommands
{
    /// <summary>
    /// R-CALL-06 / R-CALL-09: the customer asked, in this interaction, not to be called (every outbound call refused for
    /// 90 days) or not to receive marketing calls (refused for at least 180 days).
    /// </summary>
    public async Task<MarkDoNotCallResult> MarkDoNotCallAsync(MarkDoNotCallCommand command, CancellationToken ct = default)
    {
        var (interaction, error) = await ActionableAsync(command.InteractionId, Acting.OwnAgent, ct);
        if (interaction is null)
        {
            return new MarkDoNotCallResult(null, null, [error!]);
        }

        if (interaction.CustomerId is not { } customerId)
        {
            return new MarkDoNotCallResult(null, null, [new InvalidInteractionInputError("interactionId", "The interaction has no customer to mark.")]);
        }

        if (!Enum.IsDefined(command.Scope))
        {
            return new MarkDoNotCallResult(null, null, [new InvalidInteractionInputError("scope", "Unknown scope.")]);
        }

        var now = clock.Now;
        var request = new DoNotCallRequest
        {
            TenantId = actor.TenantId,
            Id = Guid.CreateVersion7(),
            CustomerId = customerId,
            Purpose = command.Scope,
            RequestedAt = now,
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : CardNumberRedaction.Redact(command.Note.Trim()),
        };
        Db.DoNotCallRequests.Add(request);
        await Db.SaveChangesAsync(ct);

        var rules = await TenantCallingRules.LoadAsync(Db, actor.TenantId, now, ct);
        var mark = new DoNotCallMark(now, command.Scope);
        var record = new DoNotCallMarkRecord(
            request.Id,
            customerId,
            command.Scope,
            now,
            rules.DoNotCall.LastRefusedDay(mark, CallPurpose.Service, rules.Zone),
            rules.DoNotCall.LastRefusedDay(mark, CallPurpose.Marketing, rules.Zone)!.Value);
        return new MarkDoNotCallResult(interaction, record, []);
    }
}
