using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Tenancy;

namespace Platform.Api.Interactions.Commands;

/// <summary>Reads the tenant's rule settings (time zone, calling windows, calendar around an instant) for one command.</summary>
internal static class TenantCallingRules
{
    // A window check needs only the local date of the call; a few days either side covers every time zone offset.
    private const int CalendarDaysAround = 3;

    /// <summary>The tenant's settings with the calendar entries near the instant.</summary>
    public static async Task<TenantRuleSettings> LoadAsync(PlatformDbContext db, Guid tenantId, DateTimeOffset around, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, ct);
        var zone = TenantTimeZone.Resolve(tenant.TimeZone);
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(around, zone).DateTime);
        var from = localDay.AddDays(-CalendarDaysAround);
        var until = localDay.AddDays(CalendarDaysAround);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= until).ToListAsync(ct);
        var windows = new CallingWindowSettings(
            new DailyWindow(tenant.WorkingDayCallsFrom, tenant.WorkingDayCallsUntil),
            new DailyWindow(tenant.OtherDayCallsFrom, tenant.OtherDayCallsUntil));
        return new TenantRuleSettings(
            tenant.TimeZone,
            days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Day),
            days.Where(d => d.Kind == CalendarDayKind.WorkingDay).Select(d => d.Day),
            windows);
    }
}
