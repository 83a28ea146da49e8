using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Tenancy;

namespace Platform.Api.Administration.Tenants;

/// <summary>
/// The platform's tenant registry: creation, configuration (time zone, working calendar, calling windows) and
/// suspension. It reads and writes only the registry row and the tenant's calendar, never business data for the
/// caller (R-TEN-02); a calendar change only moves the stored due times of running complaints (R-CMP-08).
/// </summary>
public sealed partial class TenantRegistry(TenantDatabase database, TenantTimeZoneCache zones, TimeProvider clock)
{
    // CREATED_AT ASC keeps the name it had as the only order, so its cursors stay valid.
    private static readonly KeysetOrders<Tenant> Orders = new KeysetOrders<Tenant>("tenants")
        .Add("CREATED_AT", t => t.CreatedAt, t => t.Id)
        .Add("CREATED_AT", descending: false, new KeysetOrder<Tenant, DateTimeOffset>("tenant-created", t => t.CreatedAt, t => t.Id, descending: false))
        .Add("SLUG", t => t.Code, t => t.Id)
        .Add("NAME", t => t.Name, t => t.Id);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex SlugPattern();

    /// <summary>Creates an active tenant with the platform's default settings (or the given time zone).</summary>
    public async Task<(Tenant? Tenant, AdministrationError? Error)> CreateAsync(string? slug, string? name, string? timeZone, CancellationToken ct)
    {
        slug = slug?.Trim() ?? "";
        if (!SlugPattern().IsMatch(slug))
        {
            return (null, AdministrationError.Invalid("slug", "A slug has 2 to 40 characters: lower-case letters, digits and '-', starting with a letter."));
        }

        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            return (null, AdministrationError.Invalid("name", "A tenant's name has 1 to 200 characters."));
        }

        if (ZoneError(timeZone) is { } zoneError)
        {
            return (null, zoneError);
        }

        await using var db = database.CreatePlatformContext();
        if (await db.Tenants.AnyAsync(t => t.Code == slug, ct))
        {
            return (null, AdministrationError.DuplicateSlug(slug));
        }

        var defaults = CallingWindowSettings.Default;
        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(),
            Code = slug,
            Name = name,
            Status = TenantStatus.Active,
            TimeZone = string.IsNullOrWhiteSpace(timeZone) ? TenantTimeZone.DefaultId : timeZone.Trim(),
            WorkingDayCallsFrom = defaults.WorkingDays.Start,
            WorkingDayCallsUntil = defaults.WorkingDays.End,
            OtherDayCallsFrom = defaults.OtherDays.Start,
            OtherDayCallsUntil = defaults.OtherDays.End,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Tenants.Add(tenant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (null, AdministrationError.DuplicateSlug(slug));
        }

        return (tenant, null);
    }

    /// <summary>
    /// Applies a configuration. The result must make a valid rule set: a known time zone, no date both holiday and
    /// make-up day, make-up days on weekends, and calling windows inside the platform's 08:00-20:00 limit (R-CALL-05).
    /// </summary>
    public async Task<(Tenant? Tenant, AdministrationError? Error)> ConfigureAsync(Guid tenantId, TenantConfiguration change, CancellationToken ct)
    {
        if (ZoneError(change.TimeZone) is { } zoneError)
        {
            return (null, zoneError);
        }

        if (change.CallingWindows is { } windows && (WindowError(windows.WorkingDays, "callingWindows.workingDays") ?? WindowError(windows.OtherDays, "callingWindows.otherDays")) is { } windowError)
        {
            return (null, windowError);
        }

        if (change.MakeUpWorkingDays?.FirstOrDefault(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) is { } weekday)
        {
            return (null, AdministrationError.CalendarConflict($"{weekday.Date:yyyy-MM-dd} is a {weekday.Date.DayOfWeek}; a make-up working day is a weekend day worked instead.", "makeUpWorkingDays"));
        }

        await using var work = await database.BeginAsync(tenantId, ct);
        var db = work.Db;
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == tenantId, ct);
        if (tenant is null)
        {
            return (null, AdministrationError.TenantNotFound());
        }

        var days = await db.CalendarDays.ToListAsync(ct);
        var holidays = change.Holidays ?? Entries(days, CalendarDayKind.Holiday);
        var makeUps = change.MakeUpWorkingDays ?? Entries(days, CalendarDayKind.WorkingDay);
        if (Duplicate(holidays) is { } repeatedHoliday)
        {
            return (null, AdministrationError.CalendarConflict($"{repeatedHoliday:yyyy-MM-dd} is listed twice.", "holidays"));
        }

        if (Duplicate(makeUps) is { } repeatedMakeUp)
        {
            return (null, AdministrationError.CalendarConflict($"{repeatedMakeUp:yyyy-MM-dd} is listed twice.", "makeUpWorkingDays"));
        }

        try
        {
            // The domain's own constructor is the judge of a consistent rule set.
            _ = new TenantRuleSettings(change.TimeZone ?? tenant.TimeZone, holidays.Select(h => h.Date), makeUps.Select(m => m.Date));
        }
        catch (ArgumentException ex)
        {
            return (null, AdministrationError.CalendarConflict(ex.Message.Split(" (Parameter", 2)[0], "holidays"));
        }

        if (!string.IsNullOrWhiteSpace(change.TimeZone))
        {
            tenant.TimeZone = change.TimeZone.Trim();
        }

        if (change.CallingWindows is { } configured)
        {
            tenant.WorkingDayCallsFrom = configured.WorkingDays.Start;
            tenant.WorkingDayCallsUntil = configured.WorkingDays.End;
            tenant.OtherDayCallsFrom = configured.OtherDays.Start;
            tenant.OtherDayCallsUntil = configured.OtherDays.End;
        }

        if (change.Holidays is not null || change.MakeUpWorkingDays is not null)
        {
            db.CalendarDays.RemoveRange(days);
            await db.SaveChangesAsync(ct);
            db.CalendarDays.AddRange(holidays.Select(h => Day(tenantId, h, CalendarDayKind.Holiday)));
            db.CalendarDays.AddRange(makeUps.Select(m => Day(tenantId, m, CalendarDayKind.WorkingDay)));
        }

        if (change.Holidays is not null || change.MakeUpWorkingDays is not null || !string.IsNullOrWhiteSpace(change.TimeZone))
        {
            // R-CMP-08: the stored due times behind the overdue filters and alerts follow the new calendar at once.
            await Platform.Api.Complaints.ComplaintCalendar.RefreshRunningDuesAsync(db, tenantId, clock.GetUtcNow(), ct);
        }

        await work.CommitAsync(ct);
        zones.Forget(tenantId);
        return (tenant, null);
    }

    /// <summary>Suspends (R-TEN-03: its tokens are refused within the status caches' seconds) or reactivates a tenant.</summary>
    public async Task<(Tenant? Tenant, AdministrationError? Error)> SetStatusAsync(Guid tenantId, TenantStatus status, CancellationToken ct)
    {
        await using var db = database.CreatePlatformContext();
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == tenantId, ct);
        if (tenant is null)
        {
            return (null, AdministrationError.TenantNotFound());
        }

        if (tenant.Status == status)
        {
            return (null, AdministrationError.TenantStatus(status == TenantStatus.Suspended ? "The tenant is already suspended." : "The tenant is already active."));
        }

        tenant.Status = status;
        tenant.SuspendedAt = status == TenantStatus.Suspended ? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        return (tenant, null);
    }

    /// <summary>One page of tenants, optionally of one status and slug prefix, in creation order unless <paramref name="orderBy"/> says otherwise.</summary>
    public async Task<Connection<Tenant>> PageAsync(
        PageRequest page, TenantStatus? status, string? slugPrefix, IReadOnlyDictionary<string, object?>? orderBy, CancellationToken ct)
    {
        var order = Orders.Pick(orderBy, "CREATED_AT", defaultDescending: false);
        await using var db = database.CreatePlatformContext();
        var connection = await order.PageAsync(Filter(db.Tenants, status, slugPrefix), page, ct);
        // The page's context ends here; a requested total is counted with a context of its own.
        return new Connection<Tenant>(connection.TypedEdges, connection.PageInfo, async token =>
        {
            await using var countDb = database.CreatePlatformContext();
            return await Filter(countDb.Tenants, status, slugPrefix).CountAsync(token);
        });
    }

    private static IQueryable<Tenant> Filter(IQueryable<Tenant> tenants, TenantStatus? status, string? slugPrefix)
    {
        if (status is { } wanted)
        {
            tenants = tenants.Where(t => t.Status == wanted);
        }

        return slugPrefix is { Length: > 0 } prefix ? tenants.Where(t => t.Code.StartsWith(prefix)) : tenants;
    }

    /// <summary>The tenant with this id, or null.</summary>
    public async Task<Tenant?> FindAsync(Guid tenantId, CancellationToken ct)
    {
        await using var db = database.CreatePlatformContext();
        return await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tenantId, ct);
    }

    /// <summary>The tenant's holidays and make-up working days, by date (configuration, not business data).</summary>
    public async Task<IReadOnlyList<TenantCalendarDay>> CalendarAsync(Guid tenantId, CancellationToken ct)
    {
        await using var work = await database.BeginAsync(tenantId, ct);
        return await work.Db.CalendarDays.AsNoTracking().OrderBy(d => d.Day).ToListAsync(ct);
    }

    private static AdministrationError? ZoneError(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            return null;
        }

        try
        {
            TenantTimeZone.Resolve(timeZone.Trim());
            return null;
        }
        catch (ArgumentException)
        {
            return AdministrationError.Invalid("timeZone", $"'{(timeZone.Length > 60 ? timeZone[..60] : timeZone)}' is not a known IANA time zone (for example Asia/Shanghai).");
        }
    }

    private static AdministrationError? WindowError(DailyWindow window, string field)
    {
        if (window.IsEmpty)
        {
            return AdministrationError.CallingWindow($"The window {window} must end after it starts.", field);
        }

        var limit = CallingWindow.PlatformLimit;
        return window.Start < limit.Start || window.End > limit.End
            ? AdministrationError.CallingWindow($"Outbound calls are never allowed before {limit.Start:HH\\:mm} or after {limit.End:HH\\:mm} (R-CALL-05); {window} is outside that.", field)
            : null;
    }

    private static IReadOnlyList<CalendarDayEntry> Entries(IEnumerable<TenantCalendarDay> days, CalendarDayKind kind) =>
        days.Where(d => d.Kind == kind).Select(d => new CalendarDayEntry(d.Day, d.Name)).ToList();

    private static DateOnly? Duplicate(IReadOnlyList<CalendarDayEntry> entries) =>
        entries.GroupBy(e => e.Date).FirstOrDefault(g => g.Count() > 1)?.Key;

    private static TenantCalendarDay Day(Guid tenantId, CalendarDayEntry entry, CalendarDayKind kind) =>
        new() { TenantId = tenantId, Day = entry.Date, Kind = kind, Name = entry.Name };
}
