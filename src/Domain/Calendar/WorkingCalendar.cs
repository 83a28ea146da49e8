using Platform.Domain.Tenancy;

namespace Platform.Domain.Calendar;

/// <summary>
/// A tenant's working calendar: Monday to Friday, minus public holidays, plus make-up working days,
/// evaluated in the tenant's time zone (domain.md "Working day"; used by R-CMP-02, R-CMP-08, R-CALL-05).
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkingDays;

    /// <summary>Creates a calendar; a date cannot be both a holiday and a make-up working day.</summary>
    /// <exception cref="ArgumentException">A date is listed as both.</exception>
    public WorkingCalendar(TimeZoneInfo zone, IEnumerable<DateOnly>? publicHolidays = null, IEnumerable<DateOnly>? makeUpWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
        _holidays = [.. publicHolidays ?? []];
        _makeUpWorkingDays = [.. makeUpWorkingDays ?? []];
        var both = _holidays.Intersect(_makeUpWorkingDays).Order().ToList();
        if (both.Count > 0)
        {
            throw new ArgumentException(
                $"A date cannot be both a public holiday and a make-up working day: {string.Join(", ", both.Select(d => d.ToString("yyyy-MM-dd")))}.");
        }
    }

    /// <summary>A Monday-to-Friday calendar in Asia/Shanghai with no holidays.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new(TenantTimeZone.Default);

    /// <summary>The tenant's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The configured public holidays.</summary>
    public IReadOnlySet<DateOnly> PublicHolidays => _holidays;

    /// <summary>The configured make-up working days (weekend days worked in exchange for a holiday).</summary>
    public IReadOnlySet<DateOnly> MakeUpWorkingDays => _makeUpWorkingDays;

    /// <summary>True for Monday-Friday that are not holidays, and for make-up working days.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _makeUpWorkingDays.Contains(date)
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    /// <summary>True when the instant falls on a working day in the tenant's zone.</summary>
    public bool IsWorkingDay(DateTimeOffset instant) => IsWorkingDay(LocalDate(instant));

    /// <summary>True when the date is one of the tenant's public holidays.</summary>
    public bool IsPublicHoliday(DateOnly date) => _holidays.Contains(date);

    /// <summary>The instant expressed in the tenant's zone.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The tenant-local calendar date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant at which a local date begins in the tenant's zone.</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => AtLocal(date, TimeOnly.MinValue);

    /// <summary>
    /// The instant of a local wall-clock time; a time skipped by a daylight-saving jump moves forward past the gap,
    /// an ambiguous time takes its earlier occurrence.
    /// </summary>
    public DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (Zone.IsInvalidTime(local))
        {
            // The offset in force before the jump maps the skipped wall time to the instant just after the gap.
            offset = Zone.GetUtcOffset(local.AddHours(-6));
        }
        else if (Zone.IsAmbiguousTime(local))
        {
            offset = Zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = Zone.GetUtcOffset(local);
        }

        return ToLocal(new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero));
    }

    /// <summary>
    /// Moves forward by whole working days, keeping the local time of day: Friday 15:00 + 1 is the next
    /// working day at 15:00. Counting starts with the day after the start, so a start on a non-working day
    /// reaches the first working day after it with +1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative day count.</exception>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var local = ToLocal(from);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return AtLocal(date, TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The part of [from, to) that falls on working days; zero when to is not after from.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var cursor = from;
        while (cursor < to)
        {
            var date = LocalDate(cursor);
            var dayEnd = StartOfDay(date.AddDays(1));
            var segmentEnd = dayEnd < to ? dayEnd : to;
            if (IsWorkingDay(date))
            {
                total += segmentEnd - cursor;
            }

            cursor = segmentEnd;
        }

        return total;
    }

    /// <summary>
    /// The earliest instant at which the given amount of working-day time has passed since from
    /// (the inverse of <see cref="WorkingTimeBetween"/>); non-working days are skipped whole.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative amount.</exception>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        var remaining = amount;
        var cursor = from;
        while (true)
        {
            var date = LocalDate(cursor);
            var dayEnd = StartOfDay(date.AddDays(1));
            if (IsWorkingDay(date))
            {
                var available = dayEnd - cursor;
                if (available >= remaining)
                {
                    return ToLocal(cursor + remaining);
                }

                remaining -= available;
            }
            else if (remaining == TimeSpan.Zero)
            {
                return ToLocal(cursor);
            }

            cursor = dayEnd;
        }
    }
}
