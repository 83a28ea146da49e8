using Npgsql;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Complaints;

/// <summary>
/// Complaints written straight into a world's tenant (as the owner, inside the tenant's row-level-security setting),
/// with exactly the receipt, due and resolution times an analytics test needs; the workflow itself is tested elsewhere.
/// </summary>
public static class ComplaintRows
{
    /// <summary>One complaint: resolved when <paramref name="ResolvedAt"/> is given, still under investigation otherwise.</summary>
    public sealed record Row(
        ComplaintCategory Category, ComplaintSeverity Severity, ComplaintChannel Channel, DateTimeOffset ReceivedAt,
        DateTimeOffset ResolveDueAt, DateTimeOffset? ResolvedAt = null, string? RootCause = null);

    /// <summary>Stores the complaints for the world's customer.</summary>
    public static async Task AddAsync(ComplaintsApi api, ComplaintWorld world, params Row[] rows)
    {
        await using var source = NpgsqlDataSource.Create(api.Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(world.TenantId);
        work.Db.Complaints.AddRange(rows.Select(r => new Complaint
        {
            TenantId = world.TenantId,
            Id = Guid.CreateVersion7(),
            Reference = "CMP-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            Channel = r.Channel,
            ComplainantId = world.CustomerId,
            Category = r.Category,
            Severity = r.Severity,
            Description = "Analytics fixture",
            Status = r.ResolvedAt is null ? ComplaintStatus.Investigating : ComplaintStatus.Resolved,
            ReceivedAt = r.ReceivedAt,
            AcceptedAt = r.ReceivedAt.AddHours(1),
            InvestigationStartedAt = r.ReceivedAt.AddHours(2),
            ResolvedAt = r.ResolvedAt,
            AcceptDueAt = r.ReceivedAt.AddHours(24),
            InvestigationDueAt = r.ReceivedAt.AddHours(48),
            ResolveDueAt = r.ResolveDueAt,
            RootCause = r.RootCause,
        }));
        await work.CommitAsync();
    }
}
