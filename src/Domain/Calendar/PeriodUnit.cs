namespace Platform.Domain.Calendar;

/// <summary>The length of a reporting period (report buckets: R-SAT-02, R-CMP-06).</summary>
public enum PeriodUnit
{
    /// <summary>Calendar day.</summary>
    Day,

    /// <summary>ISO week, starting Monday.</summary>
    Week,

    /// <summary>Calendar month.</summary>
    Month,

    /// <summary>Calendar quarter.</summary>
    Quarter,

    /// <summary>Calendar year.</summary>
    Year,
}
