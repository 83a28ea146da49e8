using Microsoft.EntityFrameworkCore;
using Platform.Api.Callers;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Data;

/// <summary>
/// Which rows of customer data the caller may read (R-PII-03, R-TEN-02): staff other than trainers read the tenant's
/// customers and policies; interactions are limited to the agent's own, the supervisor's teams', the complaint
/// handler's complaint customers', or all for quality inspection and compliance; a customer reads only their own
/// records; trainers and platform principals read none. Several roles widen the scope (union).
/// </summary>
public sealed class RowScope
{
    // The by-id lookups run in every policy page; compiled once, they skip EF's per-call translation-cache work, which
    // cost more API time than the SQL (docs/decisions/compiled-queries.md). Each mirrors the filter method below it.
    private static readonly Func<PlatformDbContext, Guid[], IAsyncEnumerable<Customer>> CustomersWithIdsOfAll = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid[] ids) => db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)));

    private static readonly Func<PlatformDbContext, Guid[], Guid, IAsyncEnumerable<Customer>> CustomersWithIdsOfOwn = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid[] ids, Guid own) => db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id) && c.Id == own));

    private static readonly Func<PlatformDbContext, Guid[], IAsyncEnumerable<Policy>> PoliciesWithIdsOfAll = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid[] ids) => db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id)));

    private static readonly Func<PlatformDbContext, Guid[], Guid, IAsyncEnumerable<Policy>> PoliciesWithIdsOfOwn = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid[] ids, Guid own) => db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id) && (p.PolicyholderId == own || p.InsuredId == own)));

    private RowScope(OperationCaller caller, CallerRecord record)
    {
        var staffReader = caller.HasAny(Role.Agent, Role.Supervisor, Role.QualityInspector, Role.ComplaintHandler, Role.ComplianceOfficer);
        AllCustomers = staffReader;
        OwnCustomerId = caller.Has(Role.Customer) ? record.CustomerId ?? Guid.Empty : null;
        AllInteractions = caller.HasAny(Role.QualityInspector, Role.ComplianceOfficer);
        AgentId = caller.Has(Role.Agent) ? record.StaffId ?? Guid.Empty : null;
        SupervisorId = caller.Has(Role.Supervisor) ? record.StaffId ?? Guid.Empty : null;
        HandlerId = caller.Has(Role.ComplaintHandler) ? record.StaffId ?? Guid.Empty : null;
    }

    /// <summary>Every customer and policy of the tenant.</summary>
    public bool AllCustomers { get; }

    /// <summary>The caller's own customer record (customers); <see cref="Guid.Empty"/> when they have none.</summary>
    public Guid? OwnCustomerId { get; }

    /// <summary>Every interaction of the tenant.</summary>
    public bool AllInteractions { get; }

    /// <summary>Interactions handled by this agent.</summary>
    public Guid? AgentId { get; }

    /// <summary>Interactions handled by members of teams this supervisor leads (and by the supervisor).</summary>
    public Guid? SupervisorId { get; }

    /// <summary>Interactions with customers of complaints this handler handles.</summary>
    public Guid? HandlerId { get; }

    /// <summary>True when the caller may read no customer data at all.</summary>
    public bool None => !AllCustomers && OwnCustomerId is null;

    /// <summary>The caller's scope (computed once per operation).</summary>
    public static async ValueTask<RowScope> ForAsync(OperationCaller caller, OperationWork work, CancellationToken ct) =>
        caller.Scope ??= new RowScope(caller, work.TenantId is null ? CallerRecord.None : await caller.RecordAsync(work, ct));

    /// <summary>Customers in scope.</summary>
    public IQueryable<Customer> Customers(IQueryable<Customer> query)
    {
        if (AllCustomers)
        {
            return query;
        }

        var own = OwnCustomerId;
        return own is null ? query.Where(_ => false) : query.Where(c => c.Id == own.Value);
    }

    /// <summary>The customers with these ids in scope (untracked), by id.</summary>
    public Task<Dictionary<Guid, Customer>> CustomersWithIdsAsync(PlatformDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ByIdAsync(AllCustomers ? CustomersWithIdsOfAll(db, [.. ids]) : OwnCustomerId is { } own ? CustomersWithIdsOfOwn(db, [.. ids], own) : null, c => c.Id, ct);

    /// <summary>Policies in scope (a customer's: held or insured).</summary>
    public IQueryable<Policy> Policies(IQueryable<Policy> query)
    {
        if (AllCustomers)
        {
            return query;
        }

        var own = OwnCustomerId;
        return own is null ? query.Where(_ => false) : query.Where(p => p.PolicyholderId == own.Value || p.InsuredId == own.Value);
    }

    /// <summary>The policies with these ids in scope (untracked), by id.</summary>
    public Task<Dictionary<Guid, Policy>> PoliciesWithIdsAsync(PlatformDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ByIdAsync(AllCustomers ? PoliciesWithIdsOfAll(db, [.. ids]) : OwnCustomerId is { } own ? PoliciesWithIdsOfOwn(db, [.. ids], own) : null, p => p.Id, ct);

    /// <summary>Interactions in scope.</summary>
    public IQueryable<Interaction> Interactions(PlatformDbContext db, IQueryable<Interaction> query)
    {
        if (AllInteractions)
        {
            return query;
        }

        var agent = AgentId ?? Guid.Empty;
        var supervisor = SupervisorId ?? Guid.Empty;
        var handler = HandlerId ?? Guid.Empty;
        var customer = OwnCustomerId ?? Guid.Empty;
        bool byAgent = AgentId is not null, bySupervisor = SupervisorId is not null, byHandler = HandlerId is not null, byCustomer = OwnCustomerId is not null;
        if (!byAgent && !bySupervisor && !byHandler && !byCustomer)
        {
            return query.Where(_ => false);
        }

        // Guid.Empty never matches a row, so a role without its record sees nothing through that role.
        return query.Where(i =>
            (byAgent && i.AgentId == agent)
            || (bySupervisor && (i.AgentId == supervisor
                || db.StaffMembers.Any(s => s.Id == i.AgentId && db.Teams.Any(t => t.Id == s.TeamId && t.SupervisorId == supervisor))))
            || (byHandler && i.CustomerId != null && db.Complaints.Any(c => c.HandlerId == handler && c.ComplainantId == i.CustomerId))
            || (byCustomer && i.CustomerId == customer));
    }

    private static async Task<Dictionary<Guid, T>> ByIdAsync<T>(IAsyncEnumerable<T>? rows, Func<T, Guid> idOf, CancellationToken ct)
    {
        var found = new Dictionary<Guid, T>();
        if (rows is not null)
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                found[idOf(row)] = row;
            }
        }

        return found;
    }
}
