using Platform.Api.Reporting;
using Platform.Domain.Complaints;

namespace Platform.Api.Complaints.Analytics;

/// <summary>The figures of one group of complaints (R-CMP-06), with the group's key and the total its rate is a share of.</summary>
public sealed record ComplaintAnalyticsGroup(ComplaintFigures Figures, ComplaintFigures Total)
{
    /// <summary>The group's category (grouping CATEGORY).</summary>
    public ComplaintCategory? Category { get; init; }

    /// <summary>The group's severity (grouping SEVERITY).</summary>
    public ComplaintSeverity? Severity { get; init; }

    /// <summary>The group's channel (grouping CHANNEL).</summary>
    public ComplaintChannel? Channel { get; init; }

    /// <summary>First day of the group's period (grouping PERIOD).</summary>
    public DateOnly? PeriodStart { get; init; }

    /// <summary>Complaints received.</summary>
    public int Complaints => Figures.Complaints;

    /// <summary>Share of all complaints of the period, 0-1; null when the period has none.</summary>
    public double? Rate => AsDouble(Figures.RateOf(Total));

    /// <summary>Complaints resolved.</summary>
    public int Resolved => Figures.Resolved;

    /// <summary>Resolved complaints that met their R-CMP-02 resolution due time.</summary>
    public int ResolvedWithinDeadline => Figures.ResolvedWithinDeadline;

    /// <summary>Share of the resolved that met the due time; null when none is resolved.</summary>
    public double? ResolvedWithinDeadlineRate => AsDouble(Figures.ResolvedWithinDeadlineRate);

    /// <summary>Mean hours from receipt to resolution; null when none is resolved.</summary>
    public double? AverageHoursToResolve => Figures.AverageHoursToResolve;

    // GraphQL Float is a double; the domain keeps shares exact as decimals.
    private static double? AsDouble(decimal? share) => share is { } value ? (double)value : null;
}

/// <summary>Complaint analytics of a period (R-CMP-06); the top root causes are read only when asked for.</summary>
public sealed record ComplaintAnalyticsReport(ReportPeriod Period, ComplaintAnalyticsGroup Total, IReadOnlyList<ComplaintAnalyticsGroup> Groups)
{
    /// <summary>First day included.</summary>
    public DateOnly From => Period.From;

    /// <summary>Last day included.</summary>
    public DateOnly To => Period.To;
}

/// <summary>A root cause with the number of complaints it explains and their share of those with a recorded root cause.</summary>
public sealed record ComplaintRootCause(string RootCause, int Complaints, double Rate);
