using Platform.Domain.Staff;

namespace Platform.Domain.Confidentiality;

/// <summary>How much of a customer's personal data a viewer may see (R-PII-03).</summary>
public enum ClearanceLevel
{
    /// <summary>Values in full.</summary>
    Full,

    /// <summary>Masked values (R-PII-02), not errors.</summary>
    Masked,

    /// <summary>No customer data at all.</summary>
    Denied,
}

/// <summary>Why a clearance decision was made; recorded as the "why" of an access-log entry (R-PII-04).</summary>
public enum ClearanceBasis
{
    ComplianceOfficer,
    AssignedComplaintHandler,
    VerifiedInteraction,
    OwnData,
    NoClearance,
    TrainerExcluded,
    NotOwnData,
}

/// <summary>Who is looking: a staff member with roles, or a customer using self-service.</summary>
public sealed record DataViewer
{
    private DataViewer(Guid? staffId, IReadOnlySet<StaffRole> roles, Guid? customerId)
    {
        StaffId = staffId;
        Roles = roles;
        CustomerId = customerId;
    }

    /// <summary>The staff member's id, for staff viewers.</summary>
    public Guid? StaffId { get; }

    /// <summary>The staff member's roles (empty for customers).</summary>
    public IReadOnlySet<StaffRole> Roles { get; }

    /// <summary>The customer's own id, for customer viewers.</summary>
    public Guid? CustomerId { get; }

    /// <summary>A staff member holding the given roles.</summary>
    public static DataViewer Staff(Guid staffId, params StaffRole[] roles) => new(staffId, roles.ToHashSet(), null);

    /// <summary>A customer using the insurer's self-service front-end.</summary>
    public static DataViewer Customer(Guid customerId) => new(null, new HashSet<StaffRole>(), customerId);
}

/// <summary>An interaction as far as clearance cares: which agent, which customer, when verified, when ended.</summary>
public sealed record InteractionClearance(Guid AgentId, Guid CustomerId, DateTimeOffset StartedAt, DateTimeOffset? VerifiedAt, DateTimeOffset? EndedAt);

/// <summary>Facts about the viewer's relation to the customer that grant clearance (R-PII-03).</summary>
/// <param name="HandlesComplaintOfCustomer">A complaint of this customer is assigned to the viewer as handler.</param>
/// <param name="Interaction">The interaction the viewer is acting in, if any.</param>
public sealed record ClearanceContext(bool HandlesComplaintOfCustomer = false, InteractionClearance? Interaction = null)
{
    /// <summary>No relation to the customer.</summary>
    public static ClearanceContext None { get; } = new();
}

/// <summary>A clearance decision and its basis.</summary>
public sealed record ClearanceDecision(ClearanceLevel Level, ClearanceBasis Basis)
{
    /// <summary>R-PII-04: a full read of a sensitive value must be written to the access log.</summary>
    public bool RequiresAccessLog(PiiKind kind) => Level == ClearanceLevel.Full && PiiClassification.IsSensitive(kind);

    /// <summary>The value as this viewer may see it: in full, masked (R-PII-02), or null when denied.</summary>
    public string? Reveal(PiiKind kind, string? value) => Level switch
    {
        ClearanceLevel.Full => value,
        ClearanceLevel.Masked => PiiMasking.Mask(kind, value),
        _ => null,
    };
}

/// <summary>
/// R-PII-03: COMPLIANCE_OFFICER sees customer data in full; COMPLAINT_HANDLER in full for customers of complaints
/// assigned to them; an AGENT in full only inside an interaction with that customer whose identity was verified
/// (R-CALL-03), for the interaction's duration; TRAINER never sees customer data; a CUSTOMER sees their own data in
/// full and nobody else's. Other staff see masked values. A person with several roles gets the widest grant.
/// </summary>
public static class Clearance
{
    /// <summary>Decides how the viewer may see the customer's personal data at the instant.</summary>
    public static ClearanceDecision Decide(DataViewer viewer, Guid customerId, ClearanceContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(context);

        if (viewer.CustomerId is { } self)
        {
            return self == customerId
                ? new(ClearanceLevel.Full, ClearanceBasis.OwnData)
                : new(ClearanceLevel.Denied, ClearanceBasis.NotOwnData);
        }

        var roles = viewer.Roles;
        if (roles.Contains(StaffRole.ComplianceOfficer))
        {
            return new(ClearanceLevel.Full, ClearanceBasis.ComplianceOfficer);
        }

        if (roles.Contains(StaffRole.ComplaintHandler) && context.HandlesComplaintOfCustomer)
        {
            return new(ClearanceLevel.Full, ClearanceBasis.AssignedComplaintHandler);
        }

        if (roles.Contains(StaffRole.Agent) && IsInsideVerifiedInteraction(viewer, customerId, context.Interaction, now))
        {
            return new(ClearanceLevel.Full, ClearanceBasis.VerifiedInteraction);
        }

        if (roles.Count == 0 || roles.All(r => r == StaffRole.Trainer))
        {
            return new(ClearanceLevel.Denied, roles.Count == 0 ? ClearanceBasis.NoClearance : ClearanceBasis.TrainerExcluded);
        }

        return new(ClearanceLevel.Masked, ClearanceBasis.NoClearance);
    }

    private static bool IsInsideVerifiedInteraction(DataViewer viewer, Guid customerId, InteractionClearance? interaction, DateTimeOffset now) =>
        interaction is { VerifiedAt: { } verifiedAt }
        && interaction.AgentId == viewer.StaffId
        && interaction.CustomerId == customerId
        && verifiedAt <= now
        && interaction.StartedAt <= now
        && (interaction.EndedAt is null || now < interaction.EndedAt);
}
