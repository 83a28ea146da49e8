using Platform.Domain.Calendar;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Seeding;

/// <summary>
/// The fixed time frame of generated data: activity from 2025-01-01 to 2026-10-31 (Asia/Shanghai), data "as of"
/// 2026-11-01. Fixed rather than relative to today so every run produces identical rows.
/// </summary>
public static class SeedClock
{
    /// <summary>First day of generated activity.</summary>
    public static DateOnly FirstDay { get; } = new(2025, 1, 1);

    /// <summary>Number of days of generated activity.</summary>
    public static int Days { get; } = new DateOnly(2026, 11, 1).DayNumber - FirstDay.DayNumber;

    /// <summary>The reference date the data describes.</summary>
    public static DateOnly AsOf { get; } = new(2026, 11, 1);

    /// <summary>The tenants' calendar: Chinese holidays and make-up working days 2025-2026.</summary>
    public static WorkingCalendar Calendar { get; } =
        new(TenantTimeZone.Default, ChinaHolidays.Holidays, ChinaHolidays.MakeUpWorkingDays);

    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The UTC instant of a Shanghai wall-clock time (China has no daylight saving).</summary>
    public static DateTime Utc(DateOnly date, int secondOfDay) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue).AddSeconds(secondOfDay) - Offset, DateTimeKind.Utc);

    /// <summary>The Shanghai calendar date of a UTC instant.</summary>
    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(utc + Offset);
}
