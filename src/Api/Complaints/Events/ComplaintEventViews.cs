using Platform.Domain.Complaints;

namespace Platform.Api.Complaints.Events;

/// <summary>What <c>Subscription.complaintStatusChanged</c> delivers (type ComplaintStatusChangedEvent).</summary>
public sealed record ComplaintStatusChangedView(
    string Cursor, Guid ComplaintKey, string Reference, ComplaintStatus? FromStatus, ComplaintStatus ToStatus, bool Reopened, DateTimeOffset ChangedAt);

/// <summary>What <c>Subscription.complaintAlerts</c> delivers (type ComplaintAlert).</summary>
public sealed record ComplaintAlertView(
    string Cursor,
    ComplaintAlertKind Kind,
    DateTimeOffset OccurredAt,
    Guid? ComplaintKey,
    Guid? InteractionKey,
    IReadOnlyList<ComplaintMilestone> Milestones,
    DateTimeOffset? CallbackDueAt);
