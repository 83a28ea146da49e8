using Platform.Domain.Calendar;

namespace Platform.Domain.Interactions;

/// <summary>A tenant's configured outbound calling windows, before the platform's limits are applied (R-CALL-05).</summary>
/// <param name="WorkingDays">Window on working days (including make-up working days).</param>
/// <param name="OtherDays">Window on weekends that are not public holidays.</param>
public sealed record CallingWindowSettings(DailyWindow WorkingDays, DailyWindow OtherDays)
{
    /// <summary>The manual's windows: working days 08:30-17:30, other days 09:00-17:00.</summary>
    public static CallingWindowSettings Default { get; } =
        new(new DailyWindow(new TimeOnly(8, 30), new TimeOnly(17, 30)), new DailyWindow(new TimeOnly(9, 0), new TimeOnly(17, 0)));
}

/// <summary>Why an outbound call may not be placed now.</summary>
public enum OutboundCallRefusal
{
    PublicHoliday,
    OutsideCallingWindow,
    MarketingQuietHours,
    DoNotCall,
}

/// <summary>Whether an outbound call may be placed, and if not why, in words an agent can act on.</summary>
public sealed record OutboundCallDecision(bool Allowed, OutboundCallRefusal? Refusal, string? Message)
{
    /// <summary>The call may be placed.</summary>
    public static OutboundCallDecision Permit { get; } = new(true, null, null);

    /// <summary>The call is refused for the given reason.</summary>
    public static OutboundCallDecision Refuse(OutboundCallRefusal refusal, string message) => new(false, refusal, message);
}

/// <summary>
/// R-CALL-05 / R-CALL-09: outbound calls only inside the tenant's calling windows (default working days
/// 08:30-17:30, other days 09:00-17:00), never before 08:00 or from 20:00 and never on a public holiday whatever
/// the tenant configures; marketing calls additionally never between 21:00 and 09:00.
/// </summary>
public sealed class CallingWindow
{
    /// <summary>The platform's outer limit that no tenant setting can widen: 08:00-20:00.</summary>
    public static readonly DailyWindow PlatformLimit = new(new TimeOnly(8, 0), new TimeOnly(20, 0));

    /// <summary>Marketing calls are only allowed 09:00-21:00 (never 21:00-09:00).</summary>
    public static readonly DailyWindow MarketingHours = new(new TimeOnly(9, 0), new TimeOnly(21, 0));

    private readonly WorkingCalendar _calendar;

    /// <summary>Creates the tenant's effective windows from its calendar and (optional) configured windows.</summary>
    public CallingWindow(WorkingCalendar calendar, CallingWindowSettings? configured = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        Configured = configured ?? CallingWindowSettings.Default;
        WorkingDays = Configured.WorkingDays.ClampTo(PlatformLimit);
        OtherDays = Configured.OtherDays.ClampTo(PlatformLimit);
    }

    /// <summary>The tenant's time zone, in which the windows are read.</summary>
    public TimeZoneInfo Zone => _calendar.Zone;

    /// <summary>What the tenant asked for.</summary>
    public CallingWindowSettings Configured { get; }

    /// <summary>The working-day window after the platform limits.</summary>
    public DailyWindow WorkingDays { get; }

    /// <summary>The non-working-day window after the platform limits.</summary>
    public DailyWindow OtherDays { get; }

    /// <summary>Decides whether an outbound call of the given purpose may start at the instant.</summary>
    public OutboundCallDecision Check(DateTimeOffset at, CallPurpose purpose)
    {
        var local = _calendar.ToLocal(at);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);

        if (_calendar.IsPublicHoliday(date))
        {
            return OutboundCallDecision.Refuse(OutboundCallRefusal.PublicHoliday, $"{date:yyyy-MM-dd} is a public holiday; no outbound calls.");
        }

        var window = _calendar.IsWorkingDay(date) ? WorkingDays : OtherDays;
        if (!window.Contains(time))
        {
            return OutboundCallDecision.Refuse(
                OutboundCallRefusal.OutsideCallingWindow, $"Outbound calls on {date:yyyy-MM-dd} are allowed {window}; it is {time:HH\\:mm}.");
        }

        if (purpose == CallPurpose.Marketing && !MarketingHours.Contains(time))
        {
            return OutboundCallDecision.Refuse(
                OutboundCallRefusal.MarketingQuietHours, $"Marketing calls are never made between 21:00 and 09:00; it is {time:HH\\:mm}.");
        }

        return OutboundCallDecision.Permit;
    }
}
