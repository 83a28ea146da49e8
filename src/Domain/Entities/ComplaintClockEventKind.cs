namespace Platform.Domain.Entities;

/// <summary>What happened to a complaint's clocks (R-CMP-07, R-CMP-08).</summary>
public enum ComplaintClockEventKind
{
    Paused,
    Resumed,
    Extended,
    CalendarChanged,
}
