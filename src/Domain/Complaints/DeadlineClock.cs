using Platform.Domain.Calendar;

namespace Platform.Domain.Complaints;

/// <summary>What a deadline clock counts: all elapsed time, or only time on working days.</summary>
public enum ClockMeasure
{
    Elapsed,
    WorkingTime,
}

/// <summary>
/// R-CMP-02 / R-CMP-08: a tenant deadline clock that starts at an origin, consumes a budget of elapsed or
/// working-day time, stands still during pauses, and keeps time already used across calendar changes.
/// </summary>
public sealed class DeadlineClock
{
    private readonly IReadOnlyList<ClockPause> _pauses;

    /// <summary>Creates a clock; pauses must be ordered, not overlap, start at or after the origin, and only the last may be open.</summary>
    /// <exception cref="ArgumentException">Pauses are inconsistent, the budget is negative, or the checkpoint precedes the origin.</exception>
    public DeadlineClock(DateTimeOffset origin, TimeSpan budget, ClockMeasure measure, IEnumerable<ClockPause>? pauses = null, ClockCheckpoint? checkpoint = null)
    {
        if (budget < TimeSpan.Zero)
        {
            throw new ArgumentException("A deadline budget cannot be negative.", nameof(budget));
        }

        if (checkpoint is not null && checkpoint.At < origin)
        {
            throw new ArgumentException("A checkpoint cannot precede the clock's origin.", nameof(checkpoint));
        }

        var ordered = (pauses ?? []).OrderBy(p => p.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Start < origin)
            {
                throw new ArgumentException("A pause cannot start before the clock's origin.", nameof(pauses));
            }

            if (i > 0 && (ordered[i - 1].End is not { } previousEnd || previousEnd > ordered[i].Start))
            {
                throw new ArgumentException("Pauses must not overlap and only the last one may still be open.", nameof(pauses));
            }
        }

        Origin = origin;
        Budget = budget;
        Measure = measure;
        Checkpoint = checkpoint;
        _pauses = ordered;
    }

    /// <summary>When the clock started.</summary>
    public DateTimeOffset Origin { get; }

    /// <summary>How much time (of <see cref="Measure"/>) the obligation is given.</summary>
    public TimeSpan Budget { get; }

    /// <summary>Whether all time or only working-day time counts.</summary>
    public ClockMeasure Measure { get; }

    /// <summary>Time used frozen before a calendar change, if any.</summary>
    public ClockCheckpoint? Checkpoint { get; }

    /// <summary>The pauses, in order.</summary>
    public IReadOnlyList<ClockPause> Pauses => _pauses;

    /// <summary>Whether the clock stands still at the instant.</summary>
    public bool IsPausedAt(DateTimeOffset instant) =>
        _pauses.Any(p => p.Start <= instant && (p.End is null || instant < p.End));

    /// <summary>Time of the clock's measure used between the origin and the instant, pauses excluded.</summary>
    public TimeSpan UsedAt(DateTimeOffset instant, WorkingCalendar calendar)
    {
        var (anchor, used) = Checkpoint is { } cp && instant >= cp.At ? (cp.At, cp.Used) : (Origin, TimeSpan.Zero);
        foreach (var (start, end) in RunningSegments(anchor, ignorePausesFrom: null))
        {
            if (start >= instant)
            {
                break;
            }

            var segmentEnd = end is { } e && e < instant ? e : instant;
            used += Measured(start, segmentEnd, calendar);
        }

        return used;
    }

    /// <summary>A checkpoint of the time used so far, to store before the tenant's calendar changes.</summary>
    public ClockCheckpoint CheckpointAt(DateTimeOffset instant, WorkingCalendar calendar) => new(instant, UsedAt(instant, calendar));

    /// <summary>
    /// When the budget runs out, given the pauses so far; null while an open pause stops the clock before then.
    /// Pauses that start at or after <paramref name="ignorePausesFrom"/> are disregarded (used for obligations
    /// already fulfilled before the clock was paused).
    /// </summary>
    public DateTimeOffset? DueAt(WorkingCalendar calendar, DateTimeOffset? ignorePausesFrom = null)
    {
        var (anchor, remaining) = Checkpoint is { } cp && cp.Used <= Budget ? (cp.At, Budget - cp.Used) : (Origin, Budget);
        foreach (var (start, end) in RunningSegments(anchor, ignorePausesFrom))
        {
            if (end is not { } e || Measured(start, e, calendar) >= remaining)
            {
                return Advance(start, remaining, calendar);
            }

            remaining -= Measured(start, e, calendar);
        }

        return null;
    }

    /// <summary>Judges the obligation at <paramref name="now"/>: met or missed when completed, otherwise pending, paused or overdue.</summary>
    /// <remarks>Remaining time is in the clock's own measure (working-day time for working-day deadlines).</remarks>
    public MilestoneOutcome Evaluate(DateTimeOffset? completedAt, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (completedAt is { } done)
        {
            var usedWhenDone = UsedAt(done, calendar);
            return new MilestoneOutcome(
                DueAt(calendar, ignorePausesFrom: done),
                done,
                usedWhenDone <= Budget ? MilestoneState.Met : MilestoneState.Missed,
                null);
        }

        var remaining = Budget - UsedAt(now, calendar);
        var state = remaining < TimeSpan.Zero
            ? MilestoneState.Overdue
            : IsPausedAt(now) ? MilestoneState.Paused : MilestoneState.Pending;
        return new MilestoneOutcome(DueAt(calendar), null, state, remaining);
    }

    // Running intervals from the anchor; the last one is open-ended unless an open pause ends the sequence.
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset? End)> RunningSegments(DateTimeOffset anchor, DateTimeOffset? ignorePausesFrom)
    {
        var cursor = anchor;
        foreach (var pause in _pauses)
        {
            if (ignorePausesFrom is { } cutoff && pause.Start >= cutoff)
            {
                break;
            }

            if (pause.End is { } end && end <= cursor)
            {
                continue;
            }

            if (pause.Start > cursor)
            {
                yield return (cursor, pause.Start);
            }

            if (pause.End is not { } resumed)
            {
                yield break;
            }

            cursor = resumed;
        }

        yield return (cursor, null);
    }

    private TimeSpan Measured(DateTimeOffset from, DateTimeOffset to, WorkingCalendar calendar) =>
        Measure == ClockMeasure.Elapsed ? (to > from ? to - from : TimeSpan.Zero) : calendar.WorkingTimeBetween(from, to);

    private DateTimeOffset Advance(DateTimeOffset from, TimeSpan amount, WorkingCalendar calendar) =>
        Measure == ClockMeasure.Elapsed ? calendar.ToLocal(from + amount) : calendar.AddWorkingTime(from, amount);
}
