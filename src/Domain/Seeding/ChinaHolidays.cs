namespace Platform.Domain.Seeding;

/// <summary>
/// Mainland China public holidays and make-up working days for 2025-2026 as announced by the State Council
/// General Office (国务院办公厅关于2025年/2026年部分节假日安排的通知).
/// </summary>
public static class ChinaHolidays
{
    /// <summary>Days off (statutory holidays and the weekend days swapped into the holiday blocks).</summary>
    public static IReadOnlyList<DateOnly> Holidays { get; } =
    [
        .. Range(2025, 1, 1, 1),      // 元旦
        .. Range(2025, 1, 28, 8),     // 春节 1/28-2/4
        .. Range(2025, 4, 4, 3),      // 清明节
        .. Range(2025, 5, 1, 5),      // 劳动节
        .. Range(2025, 5, 31, 3),     // 端午节 5/31-6/2
        .. Range(2025, 10, 1, 8),     // 国庆节、中秋节
        .. Range(2026, 1, 1, 3),      // 元旦
        .. Range(2026, 2, 15, 9),     // 春节 2/15-2/23
        .. Range(2026, 4, 4, 3),      // 清明节
        .. Range(2026, 5, 1, 5),      // 劳动节
        .. Range(2026, 6, 19, 3),     // 端午节
        .. Range(2026, 9, 25, 3),     // 中秋节
        .. Range(2026, 10, 1, 7),     // 国庆节
    ];

    /// <summary>Weekend days worked in exchange for the holiday blocks (调休上班).</summary>
    public static IReadOnlyList<DateOnly> MakeUpWorkingDays { get; } =
    [
        new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11),
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    /// <summary>The festival a holiday belongs to (for the calendar's display name).</summary>
    public static string NameOf(DateOnly day) => (day.Month, day.Day) switch
    {
        (1, <= 3) => "元旦",
        (1, _) or (2, _) => "春节",
        (4, _) => "清明节",
        (5, <= 5) => "劳动节",
        (5, _) or (6, _) => "端午节",
        (9, _) => "中秋节",
        _ => day.Year == 2025 ? "国庆节、中秋节" : "国庆节",
    };

    private static IEnumerable<DateOnly> Range(int year, int month, int day, int count)
    {
        var start = new DateOnly(year, month, day);
        return Enumerable.Range(0, count).Select(start.AddDays);
    }
}
