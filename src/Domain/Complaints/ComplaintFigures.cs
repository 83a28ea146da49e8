namespace Platform.Domain.Complaints;

/// <summary>
/// The counts of one set of complaints that R-CMP-06 analytics are computed from, as the database sums them. Sets
/// that do not overlap add up (a month is the sum of its days, the total the sum of its groups).
/// </summary>
/// <param name="Complaints">Complaints in the set.</param>
/// <param name="Resolved">Of those, complaints with a resolution (resolved at least once and not reopened since).</param>
/// <param name="ResolvedWithinDeadline">Of the resolved, those resolved by their R-CMP-02 due time (<c>ResolvedAt &lt;= ResolveDueAt</c>).</param>
/// <param name="SecondsToResolve">Sum over the resolved of the time from receipt to resolution, in seconds.</param>
public readonly record struct ComplaintFigures(int Complaints, int Resolved, int ResolvedWithinDeadline, double SecondsToResolve)
{
    /// <summary>No complaints.</summary>
    public static ComplaintFigures None => default;

    /// <summary>The figures of two disjoint sets together.</summary>
    public static ComplaintFigures operator +(ComplaintFigures left, ComplaintFigures right) => new(
        left.Complaints + right.Complaints,
        left.Resolved + right.Resolved,
        left.ResolvedWithinDeadline + right.ResolvedWithinDeadline,
        left.SecondsToResolve + right.SecondsToResolve);

    /// <summary>Share of the resolved complaints that were resolved within the deadline, 0-1; null when none is resolved.</summary>
    public decimal? ResolvedWithinDeadlineRate => ComplaintAnalytics.Share(ResolvedWithinDeadline, Resolved);

    /// <summary>Mean calendar time from receipt to resolution in hours; null when none is resolved.</summary>
    public double? AverageHoursToResolve => Resolved == 0 ? null : SecondsToResolve / Resolved / 3600;

    /// <summary>This set's share of all complaints, 0-1; null when there are none at all.</summary>
    public decimal? RateOf(ComplaintFigures total) => ComplaintAnalytics.Share(Complaints, total.Complaints);
}
