using Platform.Api.Relay;
using Platform.Api.Tests.Interactions;

namespace Platform.Api.Tests.Complaints;

/// <summary>The complaint workflow through GraphQL over HTTP with real tokens (R-CMP-01, 04, 05, 09).</summary>
[Collection(ComplaintsApi.Name)]
public sealed class ComplaintWorkflowTests(ComplaintsApi api)
{
    private async Task<(ComplaintWorld World, ComplaintFlow Flow, string Handler, string Reviewer)> StartAsync()
    {
        api.Clock.Set(ManualClock.Shanghai(2026, 3, 2, 10, 0));
        var world = await api.WorldAsync("cmp");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var reviewer = await api.StaffTokenAsync(world, world.SecondHandlerId, "COMPLAINT_HANDLER");
        return (world, new ComplaintFlow(api, world, handler), handler, reviewer);
    }

    [Fact]
    public async Task Full_lifecycle_appends_history_and_outbox_events_R_CMP_01()
    {
        var (world, flow, _, reviewer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        await flow.StepAsync("reviewComplaint", "note: \"Routine review\"", reviewer);
        var archived = await flow.StepAsync("archiveComplaint", "note: \"Outcome fair\"", reviewer);

        Assert.Equal("ARCHIVED", archived.GetProperty("status").GetString());
        var history = archived.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("toStatus").GetString()).ToList();
        Assert.Equal(["RECEIVED", "ACCEPTED", "INVESTIGATING", "RESOLVED", "FEEDBACK_GIVEN", "UNDER_REVIEW", "ARCHIVED"], history);
        var id = GlobalId.Parse(flow.ComplaintId, "Complaint");
        Assert.Equal(7L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM domain_events WHERE aggregate_id = $1 AND type = 'ComplaintStatusChanged'", id));
        // The per-tenant sequence is strictly increasing in the order the transitions committed.
        Assert.True(await api.ScalarAsync<bool>(world.TenantId,
            "SELECT bool_and(ok) FROM (SELECT sequence > lag(sequence, 1, 0::bigint) OVER (ORDER BY occurred_at, sequence) AS ok FROM domain_events WHERE aggregate_id = $1) s", id));
    }

    [Fact]
    public async Task Invalid_transitions_name_current_status_and_allowed_next_R_CMP_01()
    {
        var (_, flow, _, _) = await StartAsync();
        await flow.FileAsync();
        var error = ComplaintFlow.Refused(await flow.TryAsync("resolveComplaint", ComplaintFlow.Measures), "InvalidComplaintTransitionError");
        Assert.Equal("RECEIVED", error.GetProperty("currentStatus").GetString());
        Assert.Equal(["ACCEPTED"], error.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("R-CMP-01", error.GetProperty("rule").GetString());

        await flow.StepAsync("acceptComplaint");
        var again = ComplaintFlow.Refused(await flow.TryAsync("acceptComplaint"), "InvalidComplaintTransitionError");
        Assert.Equal("ACCEPTED", again.GetProperty("currentStatus").GetString());
        Assert.Equal(["INVESTIGATING"], again.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Resolution_records_measures_and_feedback_is_complete_R_CMP_04()
    {
        var (_, flow, _, _) = await StartAsync();
        await flow.FileAsync();
        await flow.StepAsync("acceptComplaint");
        await flow.StepAsync("startComplaintInvestigation");
        var none = ComplaintFlow.Refused(await flow.TryAsync("resolveComplaint", "measures: []"), "ResolutionIncompleteError");
        Assert.Contains("measures", none.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var noAmount = ComplaintFlow.Refused(
            await flow.TryAsync("resolveComplaint", "measures: [{ kind: COMPENSATION, description: \"Refund\" }]"), "ResolutionIncompleteError");
        Assert.Contains("measures[0].amount", noAmount.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        await flow.StepAsync("resolveComplaint", ComplaintFlow.Measures);
        var blank = ComplaintFlow.Refused(await flow.TryAsync("giveComplaintFeedback", "text: \" \", nextSteps: \"none\""), "ResolutionIncompleteError");
        Assert.Contains("text", blank.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var given = await flow.StepAsync("giveComplaintFeedback", "text: \"Paid interest\", nextSteps: \"Review possible\"");
        Assert.Equal("FEEDBACK_GIVEN", given.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.String, JsonValueKindOf(given.GetProperty("decidedAt")));
    }

    [Fact]
    public async Task Handler_cannot_review_own_complaint_another_reviewer_may_reopen_R_CMP_05()
    {
        var (_, flow, handler, reviewer) = await StartAsync();
        await flow.ToFeedbackGivenAsync();
        var refused = ComplaintFlow.Refused(await flow.TryAsync("reviewComplaint", "", handler), "ReviewerRecusalError");
        Assert.Equal("R-CMP-05", refused.GetProperty("rule").GetString());

        await flow.StepAsync("reviewComplaint", "", reviewer);
        Assert.Equal("ReviewerRecusalError", ComplaintFlow.Refused(await flow.TryAsync("archiveComplaint", "", handler), "ReviewerRecusalError").GetProperty("__typename").GetString());
        var reopened = await flow.StepAsync("reopenComplaint", "reason: \"Compensation too low\"", reviewer);
        Assert.Equal("INVESTIGATING", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
    }

    [Fact]
    public async Task Customer_may_request_review_within_30_days_of_decision_only_R_CMP_09()
    {
        var (world, flow, _, _) = await StartAsync();
        var customer = await api.CustomerTokenAsync(world, world.CustomerSubject);
        await flow.ToFeedbackGivenAsync();
        api.Clock.Advance(TimeSpan.FromDays(31));
        var late = ComplaintFlow.Refused(await flow.TryAsync("requestComplaintReview", "reason: \"Unfair\"", customer), "ReviewWindowClosedError");
        Assert.Equal("2026-04-01", late.GetProperty("lastDay").GetString());

        var (world2, flow2, _, _) = await StartAsync();
        var customer2 = await api.CustomerTokenAsync(world2, world2.CustomerSubject);
        await flow2.ToFeedbackGivenAsync();
        api.Clock.Advance(TimeSpan.FromDays(29));
        var requested = await flow2.StepAsync("requestComplaintReview", "reason: \"Unfair\"", customer2);
        Assert.Equal("UNDER_REVIEW", requested.GetProperty("status").GetString());
        Assert.Equal("CUSTOMER", requested.GetProperty("history").EnumerateArray().Last().GetProperty("changedByKind").GetString());
    }

    [Fact]
    public async Task Customer_files_own_complaint_and_sees_only_own_complaints_R_PII_03()
    {
        var (world, flow, _, _) = await StartAsync();
        await flow.FileAsync();
        var customer = await api.CustomerTokenAsync(world, world.OtherCustomerSubject);
        // A customer cannot file in someone else's name: the complainant is always the caller.
        var own = ComplaintFlow.Ok(await api.MutateAsync(customer, "fileComplaint",
            $"{{ customerId: \"{GlobalId.Encode("Customer", world.CustomerId)}\", channel: ONLINE, category: SERVICE_ATTITUDE, description: \"Rude agent\" }}",
            "complaint { id customer { id } } errors { __typename }"));
        Assert.Equal(GlobalId.Encode("Customer", world.OtherCustomerId), own.GetProperty("customer").GetProperty("id").GetString());

        var list = await api.QueryAsync(customer, "{ complaints { totalCount nodes { id } } }");
        Assert.Equal(1, list.GetProperty("complaints").GetProperty("totalCount").GetInt32());
        Assert.Equal(own.GetProperty("id").GetString(), list.GetProperty("complaints").GetProperty("nodes")[0].GetProperty("id").GetString());
        var foreign = await flow.TryAsync("requestComplaintReview", "", customer);
        ComplaintFlow.Refused(foreign, "ComplaintNotFoundError");
    }

    private static System.Text.Json.JsonValueKind JsonValueKindOf(System.Text.Json.JsonElement e) => e.ValueKind;
}
