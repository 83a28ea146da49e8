using Platform.Domain.Calendar;
using Platform.Domain.Interactions;

namespace Platform.Domain.Tenancy;

/// <summary>
/// The per-tenant settings the business rules read: time zone, working calendar, calling windows and
/// do-not-call periods (domain.md "Working day", R-CALL-05, R-CALL-06, R-CALL-09).
/// </summary>
public sealed class TenantRuleSettings
{
    /// <summary>Builds the settings from stored configuration; missing parts take the platform defaults.</summary>
    /// <exception cref="ArgumentException">Unknown time zone, or a date both holiday and make-up day.</exception>
    public TenantRuleSettings(
        string? timeZoneId = null,
        IEnumerable<DateOnly>? publicHolidays = null,
        IEnumerable<DateOnly>? makeUpWorkingDays = null,
        CallingWindowSettings? callingWindows = null,
        DoNotCallPolicy? doNotCall = null)
    {
        Zone = TenantTimeZone.Resolve(timeZoneId);
        Calendar = new WorkingCalendar(Zone, publicHolidays, makeUpWorkingDays);
        CallingWindow = new CallingWindow(Calendar, callingWindows);
        DoNotCall = doNotCall ?? DoNotCallPolicy.Default;
    }

    /// <summary>Asia/Shanghai, Monday-Friday, default windows and periods.</summary>
    public static TenantRuleSettings Default { get; } = new();

    /// <summary>The tenant's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The tenant's working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The tenant's effective outbound calling windows.</summary>
    public CallingWindow CallingWindow { get; }

    /// <summary>The tenant's do-not-call periods.</summary>
    public DoNotCallPolicy DoNotCall { get; }

    /// <summary>The tenant-local date of an instant.</summary>
    public DateOnly Today(TimeProvider clock) => Calendar.LocalDate(clock.GetUtcNow());
}
