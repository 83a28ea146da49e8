using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Domain.Complaints;
using Platform.Domain.Confidentiality;

namespace Platform.Api.Confidentiality;

/// <summary>
/// Clearance facts from the database: open (not archived) complaints handled by the staff member, and the staff
/// member's latest verified interaction with each customer that had not ended by <c>now</c> (R-CALL-03, R-PII-03).
/// </summary>
public sealed class DatabaseClearanceFacts : IClearanceFacts
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, ClearanceContext>> ForAsync(
        OperationWork work, Guid staffId, bool handler, bool agent, IReadOnlyList<Guid> customerIds, DateTimeOffset now, CancellationToken ct)
    {
        var db = await work.DbAsync(ct);
        var ids = customerIds.ToArray();
        var handled = new HashSet<Guid>();
        if (handler)
        {
            handled = [.. await db.Complaints.AsNoTracking()
                .Where(c => c.HandlerId == staffId && ids.Contains(c.ComplainantId) && c.Status != ComplaintStatus.Archived)
                .Select(c => c.ComplainantId).Distinct().ToListAsync(ct)];
        }

        var interactions = new Dictionary<Guid, InteractionClearance>();
        if (agent)
        {
            var open = await db.Interactions.AsNoTracking()
                .Where(i => i.AgentId == staffId && i.CustomerId != null && ids.Contains(i.CustomerId.Value)
                    && i.VerifiedAt != null && (i.EndedAt == null || i.EndedAt > now))
                .Select(i => new { Customer = i.CustomerId!.Value, i.StartedAt, i.VerifiedAt, i.EndedAt })
                .ToListAsync(ct);
            foreach (var row in open.OrderBy(r => r.StartedAt))
            {
                interactions[row.Customer] = new InteractionClearance(staffId, row.Customer, row.StartedAt, row.VerifiedAt, row.EndedAt);
            }
        }

        var facts = new Dictionary<Guid, ClearanceContext>();
        foreach (var id in ids)
        {
            facts[id] = new ClearanceContext(handled.Contains(id), interactions.GetValueOrDefault(id));
        }

        return facts;
    }
}
