using Platform.Domain.Calendar;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Tests.Rules;

/// <summary>Calendars and instants shared by the rule tests.</summary>
internal static class TestCalendars
{
    /// <summary>China 2025 National Day / Mid-Autumn: Oct 1-8 off, Sun Sep 28 and Sat Oct 11 worked.</summary>
    public static WorkingCalendar China2025 { get; } = new(
        TenantTimeZone.Default,
        publicHolidays: Enumerable.Range(1, 8).Select(d => new DateOnly(2025, 10, d)),
        makeUpWorkingDays: [new DateOnly(2025, 9, 28), new DateOnly(2025, 10, 11)]);

    /// <summary>An instant given as Shanghai wall-clock time.</summary>
    public static DateTimeOffset Shanghai(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));
}
