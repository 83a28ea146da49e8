using System.Text.Json;
using Platform.Api.Tests.Interactions;
using Platform.Domain.Entities;

namespace Platform.Api.Tests.Complaints;

/// <summary>Complaint deadlines computed with the tenant's working calendar, pauses and extensions (R-CMP-02, 07, 08).</summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintDeadlineTests(ComplaintsApi api)
{
    private static DateTimeOffset Due(JsonElement deadline) => DateTimeOffset.Parse(deadline.GetProperty("dueAt").GetString()!);

    [Fact]
    public async Task Resolution_due_counts_working_days_skipping_holidays_and_using_make_up_day_R_CMP_02()
    {
        // Wed 23 Sep 2026 10:00; Thu 24 and Fri 25 are public holidays, Sat 26 is a make-up working day.
        api.Clock.Set(ManualClock.Shanghai(2026, 9, 23, 10, 0));
        var world = await api.WorldAsync("cal",
            (new DateOnly(2026, 9, 24), CalendarDayKind.Holiday),
            (new DateOnly(2026, 9, 25), CalendarDayKind.Holiday),
            (new DateOnly(2026, 9, 26), CalendarDayKind.WorkingDay));
        var flow = new ComplaintFlow(api, world, await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER"));
        var filed = await flow.FileAsync();
        var deadlines = filed.GetProperty("deadlines");

        // Working days after receipt: Sat 26, Mon 28, Tue 29, Wed 30, Thu 1, Fri 2, Mon 5 → Mon 5 Oct 10:00
        // (Fri 2 Oct without the calendar).
        Assert.Equal(ManualClock.Shanghai(2026, 10, 5, 10, 0), Due(deadlines.GetProperty("resolution")));
        // Acceptance is 24 elapsed hours, holidays or not.
        Assert.Equal(ManualClock.Shanghai(2026, 9, 24, 10, 0), Due(deadlines.GetProperty("accept")));
        Assert.Equal("PENDING", deadlines.GetProperty("resolution").GetProperty("state").GetString());
        Assert.Equal(7 * 24 * 3600L, deadlines.GetProperty("resolution").GetProperty("remainingSeconds").GetInt64());

        // Accepted an hour after the 24 hours ran out; resolved on the make-up Saturday: feedback is due 2 working days
        // later, Tue 29 Sep (Mon 28, Tue 29).
        api.Clock.Set(ManualClock.Shanghai(2026, 9, 24, 11, 0));
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");
        api.Clock.Set(ManualClock.Shanghai(2026, 9, 26, 15, 0));
        var resolved = await flow.StepAsync("resolveComplaint", ComplaintFlow.Measures);
        Assert.Equal(ManualClock.Shanghai(2026, 9, 29, 15, 0), Due(resolved.GetProperty("deadlines").GetProperty("feedback")));
        Assert.True(resolved.GetProperty("deadlines").GetProperty("resolution").GetProperty("met").GetBoolean());
        Assert.False(resolved.GetProperty("deadlines").GetProperty("accept").GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task Pause_while_awaiting_customer_moves_due_times_and_keeps_time_used_R_CMP_08()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("pause");
        var flow = new ComplaintFlow(api, world, await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER"));
        var filed = await flow.FileAsync();
        Assert.Equal(ManualClock.Shanghai(2026, 3, 11, 10, 0), Due(filed.GetProperty("deadlines").GetProperty("resolution")));
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");

        Assert.Equal("REASON_MISSING", ComplaintFlow.Refused(await flow.TryAsync("pauseComplaint", "reason: \" \""), "ClockPauseError").GetProperty("problem").GetString());
        Assert.Equal("NOT_PAUSED", ComplaintFlow.Refused(await flow.TryAsync("resumeComplaint"), "ClockPauseError").GetProperty("problem").GetString());

        api.Clock.Set(ManualClock.Shanghai(2026, 3, 3, 10, 0));
        var paused = await flow.StepAsync("pauseComplaint", "reason: \"Awaiting hospital invoice from the customer\"");
        Assert.True(paused.GetProperty("deadlines").GetProperty("paused").GetBoolean());
        Assert.Equal("PAUSED", paused.GetProperty("deadlines").GetProperty("resolution").GetProperty("state").GetString());
        Assert.Equal("ALREADY_PAUSED", ComplaintFlow.Refused(await flow.TryAsync("pauseComplaint", "reason: \"again\""), "ClockPauseError").GetProperty("problem").GetString());

        // Two working days later the customer answers: the due time moves by the two paused working days.
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 5, 10, 0));
        var resumed = await flow.StepAsync("resumeComplaint");
        Assert.Equal(ManualClock.Shanghai(2026, 3, 13, 10, 0), Due(resumed.GetProperty("deadlines").GetProperty("resolution")));
        Assert.Equal(6 * 24 * 3600L, resumed.GetProperty("deadlines").GetProperty("resolution").GetProperty("remainingSeconds").GetInt64());
        Assert.Equal(2L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM complaint_clock_events WHERE complaint_id = $1",
            Platform.Api.Relay.GlobalId.Parse(flow.ComplaintId, "Complaint")));
    }

    [Fact]
    public async Task Regulatory_ceiling_extends_to_30_with_reason_and_60_only_with_supervisor_and_notice_R_CMP_07()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("ceiling");
        var flow = new ComplaintFlow(api, world, await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER"));
        await flow.FileAsync();
        var accepted = await flow.StepAsync("acceptComplaint");
        // 15 calendar days, the acceptance day not counted, to the end of the last day.
        Assert.Equal(ManualClock.Shanghai(2026, 3, 18, 0, 0), Due(accepted.GetProperty("deadlines").GetProperty("regulatoryCeiling")));

        var noReason = ComplaintFlow.Refused(await flow.TryAsync("extendComplaint", "to: COMPLEX, reason: \"\""), "ExtensionRefusedError");
        Assert.Contains("REASON_MISSING", noReason.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        var complex = await flow.StepAsync("extendComplaint", "to: COMPLEX, reason: \"Needs medical expert opinion\"");
        Assert.Equal("COMPLEX", complex.GetProperty("extension").GetString());
        Assert.Equal(ManualClock.Shanghai(2026, 4, 2, 0, 0), Due(complex.GetProperty("deadlines").GetProperty("regulatoryCeiling")));

        var byHandler = ComplaintFlow.Refused(await flow.TryAsync("extendComplaint", "to: PARTICULARLY_COMPLEX, reason: \"Litigation\""), "ExtensionRefusedError");
        var problems = byHandler.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("SUPERVISOR_APPROVAL_MISSING", problems);
        Assert.Contains("CUSTOMER_NOTICE_MISSING", problems);

        var supervisor = await api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        var approved = await flow.StepAsync("extendComplaint",
            "to: PARTICULARLY_COMPLEX, reason: \"Litigation\", customerNotifiedAt: \"2026-03-02T01:00:00Z\"", supervisor);
        Assert.Equal(ManualClock.Shanghai(2026, 5, 2, 0, 0), Due(approved.GetProperty("deadlines").GetProperty("regulatoryCeiling")));
    }

    [Fact]
    public async Task Overdue_and_due_soon_filters_and_deadline_states_R_CMP_02()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("overdue");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var late = new ComplaintFlow(api, world, handler);
        await late.FileAsync();
        api.Clock.Advance(TimeSpan.FromHours(25));
        var fresh = new ComplaintFlow(api, world, handler);
        await fresh.FileAsync();

        const string Selection = "totalCount nodes { id deadlines { overdue accept { state remainingSeconds } } }";
        var overdue = (await api.QueryAsync(handler, $"{{ complaints(filter: {{ overdue: true }}) {{ {Selection} }} }}")).GetProperty("complaints");
        Assert.Equal(1, overdue.GetProperty("totalCount").GetInt32());
        var node = overdue.GetProperty("nodes")[0];
        Assert.Equal(late.ComplaintId, node.GetProperty("id").GetString());
        Assert.Equal("OVERDUE", node.GetProperty("deadlines").GetProperty("accept").GetProperty("state").GetString());
        Assert.Equal(-3600L, node.GetProperty("deadlines").GetProperty("accept").GetProperty("remainingSeconds").GetInt64());

        var onTime = (await api.QueryAsync(handler, $"{{ complaints(filter: {{ overdue: false }}) {{ {Selection} }} }}")).GetProperty("complaints");
        Assert.Equal([fresh.ComplaintId], onTime.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

        // Within 2 hours nothing is due; within 24 hours the fresh complaint's acceptance is.
        var soon = (await api.QueryAsync(handler, "{ complaints(filter: { dueWithinHours: 2 }) { totalCount } }")).GetProperty("complaints");
        Assert.Equal(0, soon.GetProperty("totalCount").GetInt32());
        var day = (await api.QueryAsync(handler, "{ complaints(filter: { dueWithinHours: 24, status: [RECEIVED] }) { nodes { id } } }")).GetProperty("complaints");
        Assert.Contains(fresh.ComplaintId, day.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }
}
