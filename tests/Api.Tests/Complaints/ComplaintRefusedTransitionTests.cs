using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints;

/// <summary>
/// Transitions refused through GraphQL from a status that does not allow them (R-CMP-01): each answers the typed
/// error naming the current status and the allowed next ones, and leaves status and history as they were.
/// </summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintRefusedTransitionTests(ComplaintsApi api)
{
    private async Task<(ComplaintFlow Flow, string Handler, string Reviewer)> StartAsync()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("refused");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var reviewer = await api.StaffTokenAsync(world, world.SecondHandlerId, "COMPLAINT_HANDLER");
        return (new ComplaintFlow(api, world, handler), handler, reviewer);
    }

    /// <summary>Runs the refused mutation and asserts the typed error and that the complaint is unchanged.</summary>
    private async Task AssertRefusedAsync(ComplaintFlow flow, string token, string mutation, string extra, string current, params string[] allowedNext)
    {
        var before = await ComplaintSnapshot.OfAsync(api, token, flow.ComplaintId);
        var error = ComplaintFlow.Refused(await flow.TryAsync(mutation, extra, token), "InvalidComplaintTransitionError");
        Assert.Equal("INVALID_COMPLAINT_TRANSITION", error.GetProperty("code").GetString());
        Assert.Equal("R-CMP-01", error.GetProperty("rule").GetString());
        Assert.Equal(current, error.GetProperty("currentStatus").GetString());
        Assert.Equal(allowedNext, error.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()));
        var message = error.GetProperty("message").GetString()!;
        foreach (var status in allowedNext.Prepend(current))
        {
            ComplaintSnapshot.AssertNamesStatus(message, status);
        }

        Assert.Equal(before, await ComplaintSnapshot.OfAsync(api, token, flow.ComplaintId));
        Assert.Contains($"\"status\":\"{current}\"", before);
    }

    [Fact]
    public async Task Start_investigation_before_acceptance_is_refused_R_CMP_01()
    {
        var (flow, handler, _) = await StartAsync();
        await flow.FileAsync();
        await AssertRefusedAsync(flow, handler, "startComplaintInvestigation", "", "RECEIVED", "ACCEPTED");
    }

    [Fact]
    public async Task Start_investigation_of_a_resolved_complaint_is_refused_R_CMP_01()
    {
        var (flow, handler, _) = await StartAsync();
        await flow.FileAsync();
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");
        await flow.StepAsync("resolveComplaint", ComplaintFlow.Measures);
        await AssertRefusedAsync(flow, handler, "startComplaintInvestigation", "", "RESOLVED", "FEEDBACK_GIVEN");
    }

    [Fact]
    public async Task Reopen_outside_review_is_refused_R_CMP_01()
    {
        var (flow, _, reviewer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        await AssertRefusedAsync(flow, reviewer, "reopenComplaint", "reason: \"Compensation too low\"", "FEEDBACK_GIVEN", "UNDER_REVIEW");
    }

    [Fact]
    public async Task Archive_before_review_is_refused_R_CMP_01()
    {
        var (flow, _, reviewer) = await StartAsync();
        await flow.FileAsync();
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");
        await AssertRefusedAsync(flow, reviewer, "archiveComplaint", "note: \"Done\"", "INVESTIGATING", "RESOLVED");
    }

    [Fact]
    public async Task Archive_of_an_archived_complaint_is_refused_with_no_next_status_R_CMP_01()
    {
        var (flow, _, reviewer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        await flow.StepAsync("reviewComplaint", "", reviewer);
        await flow.StepAsync("archiveComplaint", "", reviewer);
        await AssertRefusedAsync(flow, reviewer, "archiveComplaint", "", "ARCHIVED");
    }

    [Fact]
    public async Task Review_before_feedback_is_refused_R_CMP_01()
    {
        var (flow, _, reviewer) = await StartAsync();
        await flow.FileAsync();
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");
        await flow.StepAsync("resolveComplaint", ComplaintFlow.Measures);
        await AssertRefusedAsync(flow, reviewer, "reviewComplaint", "note: \"Early\"", "RESOLVED", "FEEDBACK_GIVEN");
    }

    [Fact]
    public async Task Review_of_a_complaint_already_under_review_is_refused_R_CMP_01()
    {
        var (flow, _, reviewer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        await flow.StepAsync("reviewComplaint", "", reviewer);
        await AssertRefusedAsync(flow, reviewer, "reviewComplaint", "", "UNDER_REVIEW", "ARCHIVED", "INVESTIGATING");
    }
}
