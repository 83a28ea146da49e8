namespace Platform.Domain.Complaints;

/// <summary>Whether a timed obligation was met, missed, or is still open (R-CMP-02, R-CMP-03, R-CMP-07).</summary>
public enum MilestoneState
{
    /// <summary>Not done yet and not yet due.</summary>
    Pending,

    /// <summary>Done by its due time.</summary>
    Met,

    /// <summary>Done, but after its due time.</summary>
    Missed,

    /// <summary>Not done and past its due time.</summary>
    Overdue,

    /// <summary>Not done; the clock is stopped while the complaint awaits the customer (R-CMP-08).</summary>
    Paused,
}

/// <summary>A timed obligation: when it is due, when it was done, its state and the time left.</summary>
/// <param name="DueAt">When the obligation falls due; null only while a paused clock hides it (R-CMP-08).</param>
/// <param name="CompletedAt">When it was fulfilled, if it was.</param>
/// <param name="State">Met, missed, pending, overdue or paused.</param>
/// <param name="Remaining">Time left until due for an open obligation (negative when overdue); null when completed.</param>
public sealed record MilestoneOutcome(DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, MilestoneState State, TimeSpan? Remaining)
{
    /// <summary>Judges an obligation on a plain wall-clock due time.</summary>
    public static MilestoneOutcome Of(DateTimeOffset dueAt, DateTimeOffset? completedAt, DateTimeOffset now)
    {
        if (completedAt is { } done)
        {
            return new MilestoneOutcome(dueAt, done, done <= dueAt ? MilestoneState.Met : MilestoneState.Missed, null);
        }

        var remaining = dueAt - now;
        return new MilestoneOutcome(dueAt, null, remaining >= TimeSpan.Zero ? MilestoneState.Pending : MilestoneState.Overdue, remaining);
    }
}
