using Platform.Domain.Calendar;

namespace Platform.Domain.Complaints;

/// <summary>
/// R-CMP-06 complaint analytics: counts and rates by category, severity, channel and period, share resolved within
/// deadline, top root causes. The database counts (<see cref="ComplaintFigures"/>); this class holds the arithmetic
/// on those counts (shares) and the period buckets, which are days of the tenant's time zone.
/// </summary>
public static class ComplaintAnalytics
{
    /// <summary>A part's share of a whole, 0-1; null when the whole is empty (no rate rather than a misleading 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, or a part larger than the whole.</exception>
    public static decimal? Share(int part, int whole)
    {
        if (part < 0 || part > whole)
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, $"A part must lie between 0 and the whole ({whole}).");
        }

        return whole == 0 ? null : (decimal)part / whole;
    }

    /// <summary>The first day of the bucket containing the day: itself, its ISO week's Monday, or the first of its month, quarter or year.</summary>
    public static DateOnly BucketStart(DateOnly day, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => day,
        // DayOfWeek counts from Sunday = 0; ISO weeks start on Monday.
        PeriodUnit.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        PeriodUnit.Month => new DateOnly(day.Year, day.Month, 1),
        PeriodUnit.Quarter => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
        PeriodUnit.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit."),
    };

    /// <summary>
    /// The starts of every bucket that holds a day of <paramref name="from"/>..<paramref name="to"/>, in order; the first
    /// may lie before <paramref name="from"/> when the period begins inside a week, month, quarter or year.
    /// </summary>
    /// <exception cref="ArgumentException">The period runs backwards.</exception>
    public static IReadOnlyList<DateOnly> Buckets(DateOnly from, DateOnly to, PeriodUnit unit)
    {
        if (to < from)
        {
            throw new ArgumentException("The period must run forwards.", nameof(to));
        }

        var buckets = new List<DateOnly>();
        for (var start = BucketStart(from, unit); start <= to; start = Next(start, unit))
        {
            buckets.Add(start);
        }

        return buckets;
    }

    private static DateOnly Next(DateOnly bucketStart, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => bucketStart.AddDays(1),
        PeriodUnit.Week => bucketStart.AddDays(7),
        PeriodUnit.Month => bucketStart.AddMonths(1),
        PeriodUnit.Quarter => bucketStart.AddMonths(3),
        _ => bucketStart.AddYears(1),
    };
}
