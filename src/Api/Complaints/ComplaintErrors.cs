using Platform.Api.Errors;
using Platform.Domain.Complaints;

namespace Platform.Api.Complaints;

/// <summary>A business-rule refusal of a complaint command; the CLR type name is the GraphQL error type's name.</summary>
public abstract record ComplaintError(string TypeName, string Code, string Message, string? Rule)
    : UserError(TypeName, Code, Message);

/// <summary>R-CMP-01: the requested transition is not allowed from the complaint's current status.</summary>
public sealed record InvalidComplaintTransitionError(ComplaintStatus CurrentStatus, ComplaintStatus RequestedStatus, IReadOnlyList<ComplaintStatus> AllowedNext, string Detail)
    : ComplaintError(nameof(InvalidComplaintTransitionError), "INVALID_COMPLAINT_TRANSITION", Detail, "R-CMP-01");

/// <summary>No complaint with this id among those the caller may act on.</summary>
public sealed record ComplaintNotFoundError()
    : ComplaintError(nameof(ComplaintNotFoundError), "COMPLAINT_NOT_FOUND", "No complaint with this id that the caller may act on.", null);

/// <summary>An input value is missing or inconsistent.</summary>
public sealed record InvalidComplaintInputError(string Field, string Detail)
    : ComplaintError(nameof(InvalidComplaintInputError), "INVALID_INPUT", Detail, null);

/// <summary>R-CMP-04: the resolution or feedback lacks required parts.</summary>
public sealed record ResolutionIncompleteError(IReadOnlyList<string> Fields, string Detail)
    : ComplaintError(nameof(ResolutionIncompleteError), "RESOLUTION_INCOMPLETE", Detail, "R-CMP-04");

/// <summary>R-CMP-05 / R-CMP-09: the complaint's handler cannot review it.</summary>
public sealed record ReviewerRecusalError(string Detail)
    : ComplaintError(nameof(ReviewerRecusalError), "REVIEWER_IS_HANDLER", Detail, "R-CMP-05");

/// <summary>R-CMP-09: the customer's 30 days to request a review have passed (or no decision was communicated yet).</summary>
public sealed record ReviewWindowClosedError(DateOnly? LastDay, string Detail)
    : ComplaintError(nameof(ReviewWindowClosedError), "REVIEW_WINDOW_CLOSED", Detail, "R-CMP-09");

/// <summary>R-CMP-07: the extension of the regulatory ceiling was refused.</summary>
public sealed record ExtensionRefusedError(IReadOnlyList<CeilingExtensionProblem> Problems)
    : ComplaintError(nameof(ExtensionRefusedError), "EXTENSION_REFUSED", $"The regulatory ceiling cannot be extended: {string.Join(", ", Problems)}.", "R-CMP-07");

/// <summary>R-CMP-08: the pause or resumption does not fit the complaint's clock.</summary>
public sealed record ClockPauseError(PauseLogProblem Problem, string Detail)
    : ComplaintError(nameof(ClockPauseError), "CLOCK_PAUSE_REFUSED", Detail, "R-CMP-08");

/// <summary>The named handler is not an active complaint handler of the tenant.</summary>
public sealed record HandlerNotFoundError()
    : ComplaintError(nameof(HandlerNotFoundError), "HANDLER_NOT_FOUND", "No active complaint handler or supervisor with this id.", null);

/// <summary>No such customer visible to the caller (reuses the Customers region's error type).</summary>
public sealed record ComplaintCustomerNotFoundError()
    : ComplaintError("CustomerNotFoundError", "CUSTOMER_NOT_FOUND", "No customer with this id is visible to the caller.", null);

/// <summary>No such policy of the complainant (reuses the Policies region's error type).</summary>
public sealed record ComplaintPolicyNotFoundError()
    : ComplaintError("PolicyNotFoundError", "POLICY_NOT_FOUND", "No policy with this id held by or insuring the complainant.", null);
