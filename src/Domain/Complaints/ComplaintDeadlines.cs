using Platform.Domain.Calendar;

namespace Platform.Domain.Complaints;

/// <summary>
/// R-CMP-02: the tenant's complaint deadlines counted from receipt: accepted within 24 hours, initial
/// investigation within 48 hours, resolved within 7 working days; feedback within 2 working days of resolution.
/// All four clocks stand still while the complaint awaits the customer (R-CMP-08).
/// </summary>
public static class ComplaintDeadlines
{
    /// <summary>Receipt to acceptance.</summary>
    public static readonly TimeSpan AcceptWithin = TimeSpan.FromHours(24);

    /// <summary>Receipt to initial investigation.</summary>
    public static readonly TimeSpan InitialInvestigationWithin = TimeSpan.FromHours(48);

    /// <summary>Working days from receipt to resolution.</summary>
    public const int ResolveWithinWorkingDays = 7;

    /// <summary>Working days from resolution to written feedback.</summary>
    public const int FeedbackWithinWorkingDays = 2;

    /// <summary>Due times, states and time left for every deadline of one complaint.</summary>
    public static ComplaintDeadlineReport Evaluate(ComplaintTimeline timeline, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(calendar);
        var pauses = timeline.Pauses ?? [];

        var accept = new DeadlineClock(timeline.ReceivedAt, AcceptWithin, ClockMeasure.Elapsed, pauses);
        var initial = new DeadlineClock(timeline.ReceivedAt, InitialInvestigationWithin, ClockMeasure.Elapsed, pauses);
        var resolve = new DeadlineClock(
            timeline.ReceivedAt, WorkingDays(ResolveWithinWorkingDays), ClockMeasure.WorkingTime, pauses, timeline.ResolutionCheckpoint);

        MilestoneOutcome? feedback = null;
        if (timeline.ResolvedAt is { } resolvedAt)
        {
            var feedbackClock = new DeadlineClock(
                resolvedAt,
                WorkingDays(FeedbackWithinWorkingDays),
                ClockMeasure.WorkingTime,
                PausesFrom(pauses, resolvedAt),
                timeline.FeedbackCheckpoint);
            feedback = feedbackClock.Evaluate(timeline.FeedbackGivenAt, now, calendar);
        }

        return new ComplaintDeadlineReport(
            accept.Evaluate(timeline.AcceptedAt, now, calendar),
            initial.Evaluate(timeline.InitialInvestigationAt, now, calendar),
            resolve.Evaluate(timeline.ResolvedAt, now, calendar),
            feedback);
    }

    // The feedback clock starts at resolution: earlier pauses do not concern it, one spanning the resolution counts from then.
    private static IEnumerable<ClockPause> PausesFrom(IEnumerable<ClockPause> pauses, DateTimeOffset origin) =>
        pauses
            .Where(p => p.End is null || p.End > origin)
            .Select(p => p.Start >= origin ? p : new ClockPause(origin, p.End, p.Reason));

    // A working day is a whole day of working-day time, so N working days from a working-day instant end at
    // the same local time N working days later (WorkingCalendar.AddWorkingDays).
    private static TimeSpan WorkingDays(int days) => TimeSpan.FromDays(days);
}

/// <summary>The milestones of one complaint as input to <see cref="ComplaintDeadlines"/>.</summary>
/// <param name="ReceivedAt">When the complaint was received.</param>
/// <param name="AcceptedAt">Transition to ACCEPTED, if done.</param>
/// <param name="InitialInvestigationAt">When the initial investigation was recorded, if done.</param>
/// <param name="ResolvedAt">The (latest) transition to RESOLVED, if done.</param>
/// <param name="FeedbackGivenAt">Written feedback to the customer, if done.</param>
/// <param name="Pauses">Pauses while awaiting the customer (R-CMP-08).</param>
/// <param name="ResolutionCheckpoint">Time used of the resolution clock, frozen before a calendar change.</param>
/// <param name="FeedbackCheckpoint">Time used of the feedback clock, frozen before a calendar change.</param>
public sealed record ComplaintTimeline(
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AcceptedAt = null,
    DateTimeOffset? InitialInvestigationAt = null,
    DateTimeOffset? ResolvedAt = null,
    DateTimeOffset? FeedbackGivenAt = null,
    IReadOnlyList<ClockPause>? Pauses = null,
    ClockCheckpoint? ResolutionCheckpoint = null,
    ClockCheckpoint? FeedbackCheckpoint = null);

/// <summary>Each R-CMP-02 deadline of a complaint; feedback is null until the complaint is resolved.</summary>
public sealed record ComplaintDeadlineReport(
    MilestoneOutcome Accept,
    MilestoneOutcome InitialInvestigation,
    MilestoneOutcome Resolution,
    MilestoneOutcome? Feedback)
{
    /// <summary>True when any open deadline has passed.</summary>
    public bool IsOverdue =>
        Accept.State == MilestoneState.Overdue
        || InitialInvestigation.State == MilestoneState.Overdue
        || Resolution.State == MilestoneState.Overdue
        || Feedback?.State == MilestoneState.Overdue;
}
