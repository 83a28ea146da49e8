namespace Platform.Domain.Entities;

/// <summary>Whether a calendar entry removes a working day (holiday) or adds one (make-up working day).</summary>
public enum CalendarDayKind
{
    Holiday,
    WorkingDay,
}
