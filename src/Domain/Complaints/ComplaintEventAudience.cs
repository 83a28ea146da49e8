using Platform.Domain.Confidentiality;
using Platform.Domain.Staff;

namespace Platform.Domain.Complaints;

/// <summary>What a complaint event concerns, as far as deciding who may receive it.</summary>
/// <param name="ComplainantId">The complaining customer.</param>
/// <param name="HandlerId">The assigned complaint handler, if any.</param>
/// <param name="InteractionAgentId">The agent of the interaction the complaint (or escalation) came from, if any.</param>
public sealed record ComplaintEventFacts(Guid? ComplainantId, Guid? HandlerId, Guid? InteractionAgentId);

/// <summary>The kinds of alert complaint staff receive.</summary>
public enum ComplaintAlertKind
{
    /// <summary>R-CMP-02 / R-CMP-07: a deadline passed.</summary>
    DeadlinePassed,

    /// <summary>R-CMP-03: an urgent or MAJOR complaint took the green channel.</summary>
    GreenChannel,

    /// <summary>R-CALL-04: a call was escalated.</summary>
    CallEscalated,

    /// <summary>R-CALL-08: an outbound-call harassment complaint was routed to quality inspection.</summary>
    HarassmentRouted,
}

/// <summary>
/// Who receives complaint events (R-TEN-01 keeps every event inside its tenant before this is asked). Status changes
/// (R-CMP-01) reach those who may see the complaint: the complainant (R-PII-03), the assigned handler, supervisors,
/// quality inspectors and compliance, and the agent whose call it came from. Alerts reach the department that must act:
/// green-channel notices and escalations (R-CMP-03, R-CALL-04) all complaint staff; harassment complaints (R-CALL-08)
/// quality inspection, compliance and supervisors; passed deadlines (R-CMP-02) the assigned handler (every handler
/// while unassigned), supervisors, quality inspectors and compliance. Customers, trainers and administrators get no alerts.
/// </summary>
public static class ComplaintEventAudience
{
    private static readonly StaffRole[] Oversight = [StaffRole.Supervisor, StaffRole.QualityInspector, StaffRole.ComplianceOfficer];

    /// <summary>Whether the viewer receives a status change of the complaint.</summary>
    public static bool ReceivesStatusChange(DataViewer viewer, ComplaintEventFacts facts)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(facts);
        if (viewer.CustomerId is { } customer)
        {
            return facts.ComplainantId == customer;
        }

        return viewer.StaffId is { } staff
            && (Oversight.Any(viewer.Roles.Contains)
                || (viewer.Roles.Contains(StaffRole.ComplaintHandler) && facts.HandlerId == staff)
                || (viewer.Roles.Contains(StaffRole.Agent) && facts.InteractionAgentId == staff));
    }

    /// <summary>Whether the viewer receives an alert of the kind.</summary>
    public static bool ReceivesAlert(DataViewer viewer, ComplaintAlertKind kind, ComplaintEventFacts facts)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(facts);
        if (viewer.StaffId is not { } staff)
        {
            return false;
        }

        var roles = viewer.Roles;
        return kind switch
        {
            ComplaintAlertKind.GreenChannel or ComplaintAlertKind.CallEscalated =>
                roles.Contains(StaffRole.ComplaintHandler) || Oversight.Any(roles.Contains),
            ComplaintAlertKind.HarassmentRouted => Oversight.Any(roles.Contains),
            ComplaintAlertKind.DeadlinePassed =>
                Oversight.Any(roles.Contains)
                || (roles.Contains(StaffRole.ComplaintHandler) && (facts.HandlerId is null || facts.HandlerId == staff)),
            _ => false,
        };
    }
}
