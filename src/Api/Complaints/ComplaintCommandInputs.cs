using Platform.Domain.Complaints;
using Platform.Domain.Entities;

namespace Platform.Api.Complaints;

/// <summary>Files a complaint; customers file for themselves, staff name the complainant.</summary>
public sealed record FileComplaintCommand(
    Guid? CustomerId, ComplaintChannel Channel, ComplaintCategory Category, ComplaintSeverity Severity, bool Urgent,
    string? Description, string? CustomerExpectation, Guid? PolicyId, Guid? InteractionId);

/// <summary>Resolves a complaint with its measures and root cause (R-CMP-04).</summary>
public sealed record ResolveComplaintCommand(Guid ComplaintId, IReadOnlyList<ResolutionMeasure> Measures, string? RootCause);

/// <summary>Gives the customer the written feedback (R-CMP-04).</summary>
public sealed record GiveFeedbackCommand(Guid ComplaintId, string? Text, string? NextSteps);

/// <summary>Extends the regulatory ceiling (R-CMP-07).</summary>
public sealed record ExtendComplaintCommand(Guid ComplaintId, ComplaintExtension To, string? Reason, DateTimeOffset? CustomerNotifiedAt);
