using Platform.Domain.Complaints;

namespace Platform.Domain.Seeding;

/// <summary>One generated complaint row.</summary>
public sealed record ComplaintRow(
    Guid TenantId, Guid Id, string Reference, ComplaintChannel Channel, Guid ComplainantId, Guid? PolicyId, Guid? InteractionId,
    ComplaintCategory Category, ComplaintSeverity Severity, bool Urgent, string Description, string? CustomerExpectation,
    Guid? HandlerId, Guid? ReviewerId, ComplaintStatus Status, DateTime ReceivedAt, DateTime? AcceptedAt,
    DateTime? InvestigationStartedAt, DateTime? ResolvedAt, DateTime? FeedbackGivenAt, DateTime? ReviewStartedAt,
    DateTime? ArchivedAt, DateTime AcceptDueAt, DateTime InvestigationDueAt, DateTime ResolveDueAt, DateTime? FeedbackDueAt,
    DateTime? DecisionDueAt, DateTime? DecidedAt, string Extension, string? ExtensionReason, Guid? ExtensionApprovedById,
    DateTime? ExtensionNoticeSentAt, DateTime? DepartmentNotifiedAt, DateTime? CallbackDueAt, string? RootCause, string? Remedy,
    decimal? CompensationAmount, string? ResolutionMeasures, string? FeedbackText, string? NextSteps, DateTime? ReviewRequestedAt,
    int ReopenCount)
{
    /// <summary>The status history, oldest first; its last entry's target is <see cref="Status"/>.</summary>
    public IReadOnlyList<ComplaintHistoryRow> History { get; init; } = [];

    /// <summary>Customer index of the complainant.</summary>
    public int ComplainantIndex { get; init; }
}

/// <summary>One entry of a complaint's append-only status history.</summary>
public sealed record ComplaintHistoryRow(
    Guid TenantId, Guid Id, Guid ComplaintId, ComplaintStatus? FromStatus, ComplaintStatus ToStatus, DateTime ChangedAt,
    Guid? ChangedById, string ChangedByKind, string? Note);
