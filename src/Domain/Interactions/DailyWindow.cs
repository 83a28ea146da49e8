namespace Platform.Domain.Interactions;

/// <summary>
/// A half-open local time-of-day window [Start, End): a call may start at the opening minute and must start
/// before the closing minute (R-CALL-05, R-CALL-09).
/// </summary>
public readonly record struct DailyWindow(TimeOnly Start, TimeOnly End)
{
    /// <summary>True when the window admits no time at all.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Whether a local time falls inside the window.</summary>
    public bool Contains(TimeOnly time) => time >= Start && time < End;

    /// <summary>This window narrowed to lie within the bounds.</summary>
    public DailyWindow ClampTo(DailyWindow bounds) =>
        new(Start < bounds.Start ? bounds.Start : Start, End > bounds.End ? bounds.End : End);

    /// <inheritdoc />
    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
