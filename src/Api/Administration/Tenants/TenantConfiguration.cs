using Platform.Domain.Interactions;

namespace Platform.Api.Administration.Tenants;

/// <summary>
/// A change of a tenant's rule settings; a null part is left as it is, a given list replaces that whole list.
/// </summary>
public sealed record TenantConfiguration(
    string? TimeZone,
    IReadOnlyList<CalendarDayEntry>? Holidays,
    IReadOnlyList<CalendarDayEntry>? MakeUpWorkingDays,
    CallingWindowSettings? CallingWindows);

/// <summary>One dated entry of a working calendar (a public holiday or a make-up working day).</summary>
public sealed record CalendarDayEntry(DateOnly Date, string Name);
