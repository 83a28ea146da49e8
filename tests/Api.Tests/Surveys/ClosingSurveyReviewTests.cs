using System.Text.Json;
using Platform.Api.Relay;
using Platform.Api.Tests.Complaints;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Surveys;

/// <summary>
/// R-SAT-03 over HTTP: a customer's closing-survey score of 1 or 2 puts the complaint into review through the
/// workflow's own transition (history entry by the platform, ComplaintStatusChanged event), unless it is archived.
/// </summary>
[Collection(ComplaintsApi.Name)]
public sealed class ClosingSurveyReviewTests(ComplaintsApi api)
{
    private const string Complaint = "status reviewerId reviewStartedAt history { fromStatus toStatus changedByKind changedById note }";

    [Fact]
    public async Task Score_2_on_a_complaint_with_feedback_given_puts_it_under_review_with_history_and_event_R_SAT_03()
    {
        var (world, flow, handler, customer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        api.Clock.Advance(TimeSpan.FromDays(1));

        var answer = await SubmitAsync(customer, flow, 2);
        Assert.Equal(2, answer.GetProperty("overallScore").GetInt32());

        var complaint = await ReadAsync(handler, flow);
        Assert.Equal("UNDER_REVIEW", complaint.GetProperty("status").GetString());
        Assert.Equal(api.Clock.GetUtcNow(), complaint.GetProperty("reviewStartedAt").GetDateTimeOffset());
        // Nobody is named reviewer yet: whoever concludes the review becomes it (R-CMP-05).
        Assert.Equal(JsonValueKind.Null, complaint.GetProperty("reviewerId").ValueKind);
        var last = complaint.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("FEEDBACK_GIVEN", last.GetProperty("fromStatus").GetString());
        Assert.Equal("UNDER_REVIEW", last.GetProperty("toStatus").GetString());
        Assert.Equal("SYSTEM", last.GetProperty("changedByKind").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("changedById").ValueKind);
        Assert.Contains("R-SAT-03", last.GetProperty("note").GetString());

        var id = GlobalId.Parse(flow.ComplaintId, "Complaint");
        Assert.Equal(6L, await StatusEventsAsync(world, id));
        Assert.Equal("UnderReview", await api.ScalarAsync<string>(world.TenantId,
            "SELECT payload -> 'change' ->> 'to' FROM domain_events WHERE aggregate_id = $1 AND type = 'ComplaintStatusChanged' ORDER BY sequence DESC LIMIT 1", id));

        // The review then runs its normal course.
        var reviewer = await api.StaffTokenAsync(world, world.SecondHandlerId, "COMPLAINT_HANDLER");
        var archived = await flow.StepAsync("archiveComplaint", "note: \"Outcome fair\"", reviewer);
        Assert.Equal("ARCHIVED", archived.GetProperty("status").GetString());
        Assert.Equal(world.SecondHandlerId.ToString(), archived.GetProperty("reviewerId").GetString());
    }

    [Fact]
    public async Task Score_4_leaves_the_complaint_unchanged_R_SAT_03()
    {
        var (world, flow, handler, customer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();

        await SubmitAsync(customer, flow, 4);

        var complaint = await ReadAsync(handler, flow);
        Assert.Equal("FEEDBACK_GIVEN", complaint.GetProperty("status").GetString());
        Assert.Equal(5, complaint.GetProperty("history").GetArrayLength());
        Assert.Equal(5L, await StatusEventsAsync(world, GlobalId.Parse(flow.ComplaintId, "Complaint")));
    }

    [Fact]
    public async Task An_archived_complaint_stays_archived_on_score_1_and_the_answer_is_kept_R_SAT_03()
    {
        var (world, flow, handler, customer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        var reviewer = await api.StaffTokenAsync(world, world.SecondHandlerId, "COMPLAINT_HANDLER");
        await flow.StepAsync("reviewComplaint", "", reviewer);
        await flow.StepAsync("archiveComplaint", "note: \"Outcome fair\"", reviewer);

        var answer = await SubmitAsync(customer, flow, 1);
        Assert.Equal(flow.ComplaintId, answer.GetProperty("complaintId").GetString());

        var complaint = await ReadAsync(handler, flow);
        Assert.Equal("ARCHIVED", complaint.GetProperty("status").GetString());
        Assert.Equal(7, complaint.GetProperty("history").GetArrayLength());
        Assert.Equal(7L, await StatusEventsAsync(world, GlobalId.Parse(flow.ComplaintId, "Complaint")));
    }

    [Fact]
    public async Task A_low_score_while_the_complaint_is_still_investigated_leaves_it_to_its_normal_course_R_SAT_03()
    {
        // R-CMP-01 allows UNDER_REVIEW only after feedback; the complaint reaches review on its way to ARCHIVED anyway.
        var (world, flow, handler, customer) = await StartAsync();
        await flow.FileAsync();
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");

        await SubmitAsync(customer, flow, 1);

        var complaint = await ReadAsync(handler, flow);
        Assert.Equal("INVESTIGATING", complaint.GetProperty("status").GetString());
        Assert.Equal(3, complaint.GetProperty("history").GetArrayLength());
        Assert.Equal(3L, await StatusEventsAsync(world, GlobalId.Parse(flow.ComplaintId, "Complaint")));
    }

    private async Task<(ComplaintWorld World, ComplaintFlow Flow, string Handler, string Customer)> StartAsync()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("sat03");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        return (world, new ComplaintFlow(api, world, handler), handler, await api.CustomerTokenAsync(world, world.CustomerSubject));
    }

    // The customer answers the complaint's survey; the answer must be stored whatever it does to the complaint.
    private async Task<JsonElement> SubmitAsync(string customer, ComplaintFlow flow, int overallScore)
    {
        var payload = await api.MutateAsync(customer, "submitSurvey", $"{{ complaintId: \"{flow.ComplaintId}\", overallScore: {overallScore} }}",
            "surveyResponse { overallScore complaintId } errors { __typename ... on UserError { code message } }");
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("surveyResponse");
    }

    private async Task<JsonElement> ReadAsync(string token, ComplaintFlow flow) =>
        (await api.QueryAsync(token, $"{{ node(id: \"{flow.ComplaintId}\") {{ ... on Complaint {{ {Complaint} }} }} }}")).GetProperty("node");

    private Task<long> StatusEventsAsync(ComplaintWorld world, Guid complaintId) =>
        api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM domain_events WHERE aggregate_id = $1 AND type = 'ComplaintStatusChanged'", complaintId);
}
