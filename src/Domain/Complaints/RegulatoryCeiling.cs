namespace Platform.Domain.Complaints;

/// <summary>How far the R-CMP-07 regulatory ceiling has been extended, in calendar days from acceptance.</summary>
public enum CeilingLevel
{
    /// <summary>The normal 15 calendar days.</summary>
    Standard = 15,

    /// <summary>A complex case: 30 days, with a recorded reason.</summary>
    Complex = 30,

    /// <summary>A particularly complex case: 60 days, with a supervisor's approval and a notice to the customer.</summary>
    ParticularlyComplex = 60,
}

/// <summary>A request to extend the regulatory ceiling (R-CMP-07).</summary>
/// <param name="To">The level asked for.</param>
/// <param name="Reason">Why the case is complex; required for every extension.</param>
/// <param name="RecordedAt">When the extension is recorded.</param>
/// <param name="ApprovedBySupervisorId">The approving supervisor; required for 60 days.</param>
/// <param name="CustomerNotifiedAt">When the customer was told; required for 60 days.</param>
public sealed record CeilingExtension(
    CeilingLevel To,
    string? Reason,
    DateTimeOffset RecordedAt,
    Guid? ApprovedBySupervisorId = null,
    DateTimeOffset? CustomerNotifiedAt = null);

/// <summary>Why an extension of the regulatory ceiling was refused.</summary>
public enum CeilingExtensionProblem
{
    NotAnIncrease,
    ReasonMissing,
    SupervisorApprovalMissing,
    CustomerNoticeMissing,
    CeilingAlreadyPassed,
}

/// <summary>
/// R-CMP-07: the regulatory ceiling beside the tenant's own deadlines: the decision is communicated within 15
/// calendar days of acceptance (30 with a recorded reason, 60 with a supervisor's approval and a notice to the
/// customer). The clock never pauses. Days are counted as in Chinese statutory periods: the day of acceptance is
/// not counted and the ceiling ends at the close (24:00, tenant-local) of the last day.
/// </summary>
public static class RegulatoryCeiling
{
    /// <summary>The instant at which the ceiling of the given level expires.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset acceptedAt, CeilingLevel level, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(acceptedAt, zone);
        var lastDay = DateOnly.FromDateTime(local.DateTime).AddDays((int)level);
        var endOfLastDay = lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(endOfLastDay, zone.GetUtcOffset(endOfLastDay));
    }

    /// <summary>Checks an extension request; an empty list means it may be recorded.</summary>
    public static IReadOnlyList<CeilingExtensionProblem> CheckExtension(
        DateTimeOffset acceptedAt, CeilingLevel current, CeilingExtension extension, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var problems = new List<CeilingExtensionProblem>();
        if (extension.To <= current)
        {
            problems.Add(CeilingExtensionProblem.NotAnIncrease);
        }

        if (string.IsNullOrWhiteSpace(extension.Reason))
        {
            problems.Add(CeilingExtensionProblem.ReasonMissing);
        }

        if (extension.To == CeilingLevel.ParticularlyComplex)
        {
            if (extension.ApprovedBySupervisorId is null || extension.ApprovedBySupervisorId == Guid.Empty)
            {
                problems.Add(CeilingExtensionProblem.SupervisorApprovalMissing);
            }

            if (extension.CustomerNotifiedAt is null)
            {
                problems.Add(CeilingExtensionProblem.CustomerNoticeMissing);
            }
        }

        // An extension cannot rescue a ceiling that has already been breached.
        if (extension.RecordedAt >= DueAt(acceptedAt, current, zone))
        {
            problems.Add(CeilingExtensionProblem.CeilingAlreadyPassed);
        }

        return problems;
    }

    /// <summary>The ceiling's due time and whether the decision was communicated in time; always has a due time.</summary>
    public static MilestoneOutcome Evaluate(
        DateTimeOffset acceptedAt, CeilingLevel level, DateTimeOffset? decisionCommunicatedAt, DateTimeOffset now, TimeZoneInfo zone) =>
        MilestoneOutcome.Of(DueAt(acceptedAt, level, zone), decisionCommunicatedAt, now);
}
