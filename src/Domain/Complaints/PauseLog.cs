namespace Platform.Domain.Complaints;

/// <summary>Whether the tenant's deadline clock was stopped or restarted.</summary>
public enum ClockEventKind
{
    Paused,
    Resumed,
}

/// <summary>One stored clock event of a complaint (R-CMP-08); a pause carries the reason.</summary>
public sealed record ClockEvent(ClockEventKind Kind, DateTimeOffset At, string? Reason);

/// <summary>Why a pause or resume is refused.</summary>
public enum PauseLogProblem
{
    ReasonMissing,
    AlreadyPaused,
    NotPaused,
    OutOfOrder,
}

/// <summary>The pauses rebuilt from a complaint's clock events, or the first problem found.</summary>
public sealed record PauseLogResult(IReadOnlyList<ClockPause> Pauses, PauseLogProblem? Problem, int? ProblemIndex)
{
    /// <summary>True when the events form a valid pause log.</summary>
    public bool IsValid => Problem is null;
}

/// <summary>
/// R-CMP-08: turns the append-only clock events of a complaint (paused with a reason, resumed) into pauses for
/// <see cref="DeadlineClock"/>, and checks a new event before it is appended.
/// </summary>
public static class PauseLog
{
    /// <summary>Rebuilds the pauses; events must alternate pause/resume in time order, and every pause needs a reason.</summary>
    public static PauseLogResult Build(IEnumerable<ClockEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var pauses = new List<ClockPause>();
        ClockEvent? open = null;
        DateTimeOffset? previous = null;
        var index = 0;
        foreach (var e in events)
        {
            var problem = Check(open is not null, previous, e);
            if (problem is not null)
            {
                return new PauseLogResult(pauses, problem, index);
            }

            if (e.Kind == ClockEventKind.Paused)
            {
                open = e;
            }
            else
            {
                pauses.Add(new ClockPause(open!.At, e.At, open.Reason!));
                open = null;
            }

            previous = e.At;
            index++;
        }

        if (open is not null)
        {
            pauses.Add(new ClockPause(open.At, null, open.Reason!));
        }

        return new PauseLogResult(pauses, null, null);
    }

    /// <summary>Checks whether the event may be appended after the existing ones; null when it may.</summary>
    public static PauseLogProblem? CheckNext(IReadOnlyList<ClockEvent> existing, ClockEvent next)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var built = Build(existing);
        if (!built.IsValid)
        {
            return built.Problem;
        }

        var isPaused = built.Pauses.Count > 0 && built.Pauses[^1].End is null;
        return Check(isPaused, existing.Count > 0 ? existing[^1].At : null, next);
    }

    private static PauseLogProblem? Check(bool isPaused, DateTimeOffset? previousAt, ClockEvent e) =>
        previousAt is { } before && e.At < before ? PauseLogProblem.OutOfOrder
        : e.Kind == ClockEventKind.Paused && isPaused ? PauseLogProblem.AlreadyPaused
        : e.Kind == ClockEventKind.Resumed && !isPaused ? PauseLogProblem.NotPaused
        : e.Kind == ClockEventKind.Paused && string.IsNullOrWhiteSpace(e.Reason) ? PauseLogProblem.ReasonMissing
        : null;
}
