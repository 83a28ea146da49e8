namespace Platform.Domain.Complaints;

/// <summary>
/// R-CMP-08: an interval during which the tenant's deadline clock stood still because the complaint awaited
/// information from the customer; the reason is required. An open pause has no end yet.
/// </summary>
public sealed record ClockPause
{
    /// <summary>Creates a pause; the reason must be stated and the end cannot precede the start.</summary>
    /// <exception cref="ArgumentException">Blank reason or end before start.</exception>
    public ClockPause(DateTimeOffset start, DateTimeOffset? end, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A pause while awaiting the customer must state its reason.", nameof(reason));
        }

        if (end < start)
        {
            throw new ArgumentException("A pause cannot end before it starts.", nameof(end));
        }

        Start = start;
        End = end;
        Reason = reason.Trim();
    }

    /// <summary>When the clock stopped.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>When the clock resumed; null while still paused.</summary>
    public DateTimeOffset? End { get; }

    /// <summary>Why the complaint awaits the customer.</summary>
    public string Reason { get; }

    /// <summary>The same pause, closed at the given instant.</summary>
    public ClockPause ResumedAt(DateTimeOffset end) => new(Start, end, Reason);
}

/// <summary>
/// R-CMP-08: time already used by a clock, frozen at an instant (taken with the old calendar just before the
/// tenant changes its calendar), so a calendar change moves open deadlines but never the time used.
/// </summary>
public sealed record ClockCheckpoint(DateTimeOffset At, TimeSpan Used);
