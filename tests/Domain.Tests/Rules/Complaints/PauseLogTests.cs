using Platform.Domain.Calendar;
using Platform.Domain.Complaints;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Complaints;

public class PauseLogTests
{
    private static readonly DateTimeOffset T0 = Shanghai(2025, 9, 15, 9, 0);

    [Fact]
    public void R_CMP_08_events_become_pauses_with_their_reasons()
    {
        var result = PauseLog.Build(
        [
            new(ClockEventKind.Paused, T0.AddHours(1), "Awaiting ID copy"),
            new(ClockEventKind.Resumed, T0.AddHours(5), null),
            new(ClockEventKind.Paused, T0.AddHours(8), "Awaiting bank statement"),
        ]);
        Assert.True(result.IsValid);
        Assert.Equal(2, result.Pauses.Count);
        Assert.Equal(new ClockPause(T0.AddHours(1), T0.AddHours(5), "Awaiting ID copy"), result.Pauses[0]);
        Assert.Null(result.Pauses[1].End);
        Assert.Equal("Awaiting bank statement", result.Pauses[1].Reason);
    }

    [Fact]
    public void R_CMP_08_pause_without_reason_is_refused()
    {
        Assert.Equal(PauseLogProblem.ReasonMissing, PauseLog.CheckNext([], new ClockEvent(ClockEventKind.Paused, T0, " ")));
    }

    [Fact]
    public void R_CMP_08_double_pause_resume_without_pause_and_backdating_are_refused()
    {
        ClockEvent[] paused = [new(ClockEventKind.Paused, T0, "Awaiting documents")];
        Assert.Equal(PauseLogProblem.AlreadyPaused, PauseLog.CheckNext(paused, new ClockEvent(ClockEventKind.Paused, T0.AddHours(1), "again")));
        Assert.Equal(PauseLogProblem.NotPaused, PauseLog.CheckNext([], new ClockEvent(ClockEventKind.Resumed, T0, null)));
        Assert.Equal(PauseLogProblem.OutOfOrder, PauseLog.CheckNext(paused, new ClockEvent(ClockEventKind.Resumed, T0.AddHours(-1), null)));
        Assert.Null(PauseLog.CheckNext(paused, new ClockEvent(ClockEventKind.Resumed, T0.AddHours(2), null)));
    }

    [Fact]
    public void R_CMP_08_invalid_stored_log_reports_the_offending_event()
    {
        var result = PauseLog.Build([new(ClockEventKind.Resumed, T0, null)]);
        Assert.False(result.IsValid);
        Assert.Equal(PauseLogProblem.NotPaused, result.Problem);
        Assert.Equal(0, result.ProblemIndex);
    }

    [Fact]
    public void R_CMP_08_pause_spanning_the_resolution_stops_the_feedback_clock_from_resolution()
    {
        var received = Shanghai(2025, 9, 15, 9, 0);
        var resolved = Shanghai(2025, 9, 17, 9, 0);
        // Paused before resolution and resumed the next day: the feedback clock only starts running then.
        var pause = new ClockPause(Shanghai(2025, 9, 16, 9, 0), Shanghai(2025, 9, 18, 9, 0), "Awaiting customer's confirmation");
        var report = ComplaintDeadlines.Evaluate(new ComplaintTimeline(received, ResolvedAt: resolved, Pauses: [pause]), WorkingCalendar.WeekdaysOnly, resolved);
        Assert.Equal(Shanghai(2025, 9, 22, 9, 0), report.Feedback!.DueAt);
    }
}
