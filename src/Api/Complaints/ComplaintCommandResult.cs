using Platform.Domain.Entities;

namespace Platform.Api.Complaints;

/// <summary>The outcome of a complaint command: the changed complaint (null when refused) and its refusals.</summary>
public sealed record ComplaintCommandResult(Complaint? Complaint, IReadOnlyList<ComplaintError> Errors)
{
    /// <summary>A refusal without a change.</summary>
    public static ComplaintCommandResult Refused(ComplaintError error) => new(null, [error]);

    /// <summary>A success.</summary>
    public static ComplaintCommandResult Done(Complaint complaint) => new(complaint, []);
}

/// <summary>Who acts on a complaint: the token's tenant and roles with the staff or customer record of its subject.</summary>
/// <param name="TenantId">The caller's tenant (from the token only).</param>
/// <param name="StaffId">The caller's staff record, when staff.</param>
/// <param name="CustomerId">The caller's customer record, when acting as a customer.</param>
/// <param name="IsCustomer">True when the caller acts through customer self-service (no staff role).</param>
/// <param name="IsSupervisor">True when the caller holds the supervisor role (R-CMP-07 approval).</param>
public sealed record ComplaintActor(Guid TenantId, Guid? StaffId, Guid? CustomerId, bool IsCustomer, bool IsSupervisor)
{
    /// <summary>The platform applying a rule on its own (R-SAT-03): no person acts, so history names no staff member.</summary>
    public static ComplaintActor System(Guid tenantId) => new(tenantId, null, null, false, false) { IsSystem = true };

    /// <summary>True when the platform acts on a rule rather than a person.</summary>
    public bool IsSystem { get; private init; }

    /// <summary>How the status history records this actor.</summary>
    public ActorKind Kind => IsSystem ? ActorKind.System : IsCustomer ? ActorKind.Customer : ActorKind.Staff;
}
