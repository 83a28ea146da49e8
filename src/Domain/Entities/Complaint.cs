using Platform.Domain.Complaints;

namespace Platform.Domain.Entities;

/// <summary>A customer complaint with its lifecycle timestamps, deadlines, clock pause, regulatory extension and resolution.</summary>
public sealed class Complaint : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public ComplaintChannel Channel { get; set; }
    public Guid ComplainantId { get; set; }
    public Guid? PolicyId { get; set; }
    public Guid? InteractionId { get; set; }
    public ComplaintCategory Category { get; set; }
    public ComplaintSeverity Severity { get; set; }
    public bool Urgent { get; set; }
    public string Description { get; set; } = "";
    public string? CustomerExpectation { get; set; }
    public Guid? HandlerId { get; set; }
    public Guid? ReviewerId { get; set; }
    public ComplaintStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? InvestigationStartedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? FeedbackGivenAt { get; set; }
    public DateTimeOffset? ReviewStartedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
    public DateTimeOffset AcceptDueAt { get; set; }
    public DateTimeOffset InvestigationDueAt { get; set; }
    public DateTimeOffset ResolveDueAt { get; set; }
    public DateTimeOffset? FeedbackDueAt { get; set; }
    public DateTimeOffset? PausedAt { get; set; }
    public string? PauseReason { get; set; }
    public long PausedSeconds { get; set; }
    public DateTimeOffset? OverdueAlertedAt { get; set; }
    public DateTimeOffset? DecisionDueAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public ComplaintExtension Extension { get; set; }
    public string? ExtensionReason { get; set; }
    public Guid? ExtensionApprovedById { get; set; }
    public DateTimeOffset? ExtensionNoticeSentAt { get; set; }
    public DateTimeOffset? DepartmentNotifiedAt { get; set; }
    public DateTimeOffset? CallbackDueAt { get; set; }
    public string? RootCause { get; set; }
    public ComplaintRemedy? Remedy { get; set; }
    public decimal? CompensationAmount { get; set; }
    public string? ResolutionMeasures { get; set; }
    public string? FeedbackText { get; set; }
    public string? NextSteps { get; set; }
    public DateTimeOffset? ReviewRequestedAt { get; set; }
    public int ReopenCount { get; set; }
    public uint RowVersion { get; set; }
}
