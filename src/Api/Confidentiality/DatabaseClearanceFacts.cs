using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Domain.Complaints;
using Platform.Domain.Confidentiality;
using Platform.Domain.Persistence;

namespace Platform.Api.Confidentiality;

/// <summary>
/// Clearance facts from the database: open (not archived) complaints handled by the staff member, and the staff
/// member's latest verified interaction with each customer that had not ended by <c>now</c> (R-CALL-03, R-PII-03).
/// </summary>
public sealed class DatabaseClearanceFacts : IClearanceFacts
{
    // Compiled once: every page showing an agent personal data runs it (see RowScope's lookups for why).
    private static readonly Func<PlatformDbContext, Guid, Guid[], DateTimeOffset, IAsyncEnumerable<InteractionClearance>> OpenVerified = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid staffId, Guid[] ids, DateTimeOffset now) => db.Interactions.AsNoTracking()
            .Where(i => i.AgentId == staffId && i.CustomerId != null && ids.Contains(i.CustomerId.Value)
                && i.VerifiedAt != null && (i.EndedAt == null || i.EndedAt > now))
            .Select(i => new InteractionClearance(staffId, i.CustomerId!.Value, i.StartedAt, i.VerifiedAt, i.EndedAt)));

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
            var open = new List<InteractionClearance>();
            await foreach (var row in OpenVerified(db, staffId, ids, now).WithCancellation(ct))
            {
                open.Add(row);
            }

            foreach (var row in open.OrderBy(r => r.StartedAt))
            {
                interactions[row.CustomerId] = row;
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
