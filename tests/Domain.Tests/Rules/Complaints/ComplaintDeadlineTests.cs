using Platform.Domain.Calendar;
using Platform.Domain.Complaints;
using Platform.Domain.Tenancy;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Complaints;

public class ComplaintDeadlineTests
{
    private static readonly WorkingCalendar Weekdays = WorkingCalendar.WeekdaysOnly;

    [Fact]
    public void R_CMP_02_resolution_due_7_working_days_later_across_National_Day_week()
    {
        var received = Shanghai(2025, 9, 30, 10, 0);
        var report = ComplaintDeadlines.Evaluate(new ComplaintTimeline(received), China2025, Shanghai(2025, 10, 5));
        // Oct 1-8 off; Oct 9, 10, 11 (make-up Saturday), 13, 14, 15, 16.
        Assert.Equal(Shanghai(2025, 10, 16, 10, 0), report.Resolution.DueAt);
        Assert.Equal(MilestoneState.Pending, report.Resolution.State);
    }

    [Fact]
    public void R_CMP_02_acceptance_and_initial_investigation_hours_run_through_holidays()
    {
        var received = Shanghai(2025, 9, 30, 10, 0);
        var report = ComplaintDeadlines.Evaluate(new ComplaintTimeline(received), China2025, Shanghai(2025, 10, 1, 10, 1));
        Assert.Equal(Shanghai(2025, 10, 1, 10, 0), report.Accept.DueAt);
        Assert.Equal(MilestoneState.Overdue, report.Accept.State);
        Assert.Equal(Shanghai(2025, 10, 2, 10, 0), report.InitialInvestigation.DueAt);
        Assert.Equal(MilestoneState.Pending, report.InitialInvestigation.State);
        Assert.True(report.IsOverdue);
    }

    [Fact]
    public void R_CMP_02_acceptance_at_24_hours_is_met_one_second_later_missed()
    {
        var received = Shanghai(2025, 5, 6, 9, 0);
        var met = ComplaintDeadlines.Evaluate(new ComplaintTimeline(received, AcceptedAt: received.AddHours(24)), Weekdays, received.AddDays(2));
        var missed = ComplaintDeadlines.Evaluate(new ComplaintTimeline(received, AcceptedAt: received.AddHours(24).AddSeconds(1)), Weekdays, received.AddDays(2));
        Assert.Equal(MilestoneState.Met, met.Accept.State);
        Assert.Equal(MilestoneState.Missed, missed.Accept.State);
        Assert.Null(met.Accept.Remaining);
    }

    [Fact]
    public void R_CMP_02_resolution_met_on_the_due_day_across_the_holiday()
    {
        var received = Shanghai(2025, 9, 30, 10, 0);
        var timeline = new ComplaintTimeline(received, received.AddHours(1), received.AddHours(3), ResolvedAt: Shanghai(2025, 10, 16, 9, 0));
        var report = ComplaintDeadlines.Evaluate(timeline, China2025, Shanghai(2025, 10, 16, 12, 0));
        Assert.Equal(MilestoneState.Met, report.Resolution.State);
        Assert.False(report.IsOverdue);
    }

    [Fact]
    public void R_CMP_02_feedback_due_2_working_days_after_resolution_counting_make_up_Sunday()
    {
        var received = Shanghai(2025, 9, 22, 9, 0);
        var resolved = Shanghai(2025, 9, 26, 16, 30);
        var timeline = new ComplaintTimeline(received, received.AddHours(1), received.AddHours(2), resolved, FeedbackGivenAt: Shanghai(2025, 9, 29, 16, 31));
        var report = ComplaintDeadlines.Evaluate(timeline, China2025, Shanghai(2025, 9, 30));
        Assert.Equal(Shanghai(2025, 9, 29, 16, 30), report.Feedback!.DueAt);
        Assert.Equal(MilestoneState.Missed, report.Feedback.State);
    }

    [Fact]
    public void R_CMP_02_feedback_has_no_deadline_before_resolution()
    {
        var report = ComplaintDeadlines.Evaluate(new ComplaintTimeline(Shanghai(2025, 5, 6, 9, 0)), Weekdays, Shanghai(2025, 5, 6, 10, 0));
        Assert.Null(report.Feedback);
    }

    [Fact]
    public void R_CMP_08_closed_pause_pushes_open_deadlines_by_its_length()
    {
        var received = Shanghai(2025, 9, 15, 9, 0); // Monday
        var pause = new ClockPause(Shanghai(2025, 9, 16, 9, 0), Shanghai(2025, 9, 18, 9, 0), "Awaiting hospital invoice from the customer");
        var timeline = new ComplaintTimeline(received, AcceptedAt: Shanghai(2025, 9, 15, 12, 0), Pauses: [pause]);
        var report = ComplaintDeadlines.Evaluate(timeline, Weekdays, Shanghai(2025, 9, 18, 10, 0));

        Assert.Equal(MilestoneState.Met, report.Accept.State);
        Assert.Equal(Shanghai(2025, 9, 16, 9, 0), report.Accept.DueAt);
        Assert.Equal(Shanghai(2025, 9, 19, 9, 0), report.InitialInvestigation.DueAt);
        // 7 working days would end Wed Sep 24 09:00; two paused working days move it to Fri Sep 26.
        Assert.Equal(Shanghai(2025, 9, 26, 9, 0), report.Resolution.DueAt);
    }

    [Fact]
    public void R_CMP_08_open_pause_stops_the_clock_and_keeps_the_time_used()
    {
        var received = Shanghai(2025, 9, 15, 9, 0);
        var pause = new ClockPause(Shanghai(2025, 9, 16, 9, 0), null, "Awaiting signed claim form");
        var timeline = new ComplaintTimeline(received, received.AddHours(1), received.AddHours(2), Pauses: [pause]);

        var day2 = ComplaintDeadlines.Evaluate(timeline, Weekdays, Shanghai(2025, 9, 17, 9, 0));
        var day10 = ComplaintDeadlines.Evaluate(timeline, Weekdays, Shanghai(2025, 9, 25, 9, 0));

        Assert.Equal(MilestoneState.Paused, day2.Resolution.State);
        Assert.Null(day2.Resolution.DueAt);
        Assert.Equal(TimeSpan.FromDays(6), day2.Resolution.Remaining);
        Assert.Equal(day2.Resolution.Remaining, day10.Resolution.Remaining);
        Assert.False(day10.IsOverdue);
    }

    [Fact]
    public void R_CMP_08_resumed_clock_continues_from_the_time_already_used()
    {
        var received = Shanghai(2025, 9, 15, 9, 0);
        var pause = new ClockPause(Shanghai(2025, 9, 16, 9, 0), null, "Awaiting signed claim form").ResumedAt(Shanghai(2025, 9, 22, 9, 0));
        var report = ComplaintDeadlines.Evaluate(new ComplaintTimeline(received, Pauses: [pause]), Weekdays, Shanghai(2025, 9, 22, 9, 0));
        // 1 working day used before the pause, 6 left from Mon Sep 22 09:00.
        Assert.Equal(Shanghai(2025, 9, 30, 9, 0), report.Resolution.DueAt);
    }

    [Fact]
    public void R_CMP_08_pause_needs_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClockPause(Shanghai(2025, 9, 16, 9, 0), null, "  "));
        Assert.Contains("reason", error.Message);
    }

    [Fact]
    public void R_CMP_08_overlapping_or_premature_pauses_are_refused()
    {
        var received = Shanghai(2025, 9, 15, 9, 0);
        ClockPause[] overlapping =
        [
            new(received.AddHours(1), received.AddHours(5), "a"),
            new(received.AddHours(4), received.AddHours(6), "b"),
        ];
        Assert.Throws<ArgumentException>(() => new DeadlineClock(received, TimeSpan.FromDays(1), ClockMeasure.Elapsed, overlapping));
        Assert.Throws<ArgumentException>(() => new DeadlineClock(received, TimeSpan.FromDays(1), ClockMeasure.Elapsed, [new ClockPause(received.AddHours(-1), received, "early")]));
    }

    [Fact]
    public void R_CMP_08_calendar_change_moves_open_deadline_but_not_time_used()
    {
        var received = Shanghai(2025, 9, 22, 10, 0); // Monday
        var changeAt = Shanghai(2025, 9, 26, 10, 0); // Friday: 4 working days used
        var before = new DeadlineClock(received, TimeSpan.FromDays(7), ClockMeasure.WorkingTime);
        Assert.Equal(Shanghai(2025, 10, 1, 10, 0), before.DueAt(Weekdays));

        var checkpoint = before.CheckpointAt(changeAt, Weekdays);
        Assert.Equal(TimeSpan.FromDays(4), checkpoint.Used);

        // The new calendar declares Oct 1-3 holidays and (retroactively) Wed Sep 24 too.
        var changed = new WorkingCalendar(TenantTimeZone.Default, [new(2025, 9, 24), new(2025, 10, 1), new(2025, 10, 2), new(2025, 10, 3)]);
        var after = new DeadlineClock(received, TimeSpan.FromDays(7), ClockMeasure.WorkingTime, checkpoint: checkpoint);

        Assert.Equal(TimeSpan.FromDays(4), after.UsedAt(changeAt, changed));
        Assert.Equal(Shanghai(2025, 10, 6, 10, 0), after.DueAt(changed));
        // Without the checkpoint the retroactive holiday would have given back a day already used.
        Assert.Equal(Shanghai(2025, 10, 7, 10, 0), new DeadlineClock(received, TimeSpan.FromDays(7), ClockMeasure.WorkingTime).DueAt(changed));
    }

    [Fact]
    public void R_CMP_08_completed_milestone_keeps_its_due_time_when_a_later_pause_is_open()
    {
        var received = Shanghai(2025, 9, 15, 9, 0);
        var pause = new ClockPause(Shanghai(2025, 9, 15, 15, 0), null, "Awaiting customer's bank details");
        var report = ComplaintDeadlines.Evaluate(
            new ComplaintTimeline(received, AcceptedAt: Shanghai(2025, 9, 15, 10, 0), Pauses: [pause]), Weekdays, Shanghai(2025, 9, 17, 9, 0));
        Assert.Equal(Shanghai(2025, 9, 16, 9, 0), report.Accept.DueAt);
        Assert.Equal(MilestoneState.Met, report.Accept.State);
        Assert.Equal(MilestoneState.Paused, report.InitialInvestigation.State);
    }

    [Fact]
    public void R_CMP_02_complaint_received_on_a_holiday_starts_its_working_day_clock_at_the_next_working_day()
    {
        // Received during the holiday: the 7 working days are Oct 9, 10, 11, 13, 14, 15, 16 in full.
        var report = ComplaintDeadlines.Evaluate(new ComplaintTimeline(Shanghai(2025, 10, 3, 20, 0)), China2025, Shanghai(2025, 10, 3, 21, 0));
        Assert.Equal(Shanghai(2025, 10, 17, 0, 0), report.Resolution.DueAt);
        Assert.Equal(Shanghai(2025, 10, 4, 20, 0), report.Accept.DueAt);
        Assert.Equal(TimeSpan.FromDays(7), report.Resolution.Remaining);
    }
}
