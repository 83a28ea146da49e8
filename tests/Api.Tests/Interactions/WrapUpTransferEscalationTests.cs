using System.Text.Json;

namespace Platform.Api.Tests.Interactions;

/// <summary>After and during the call through GraphQL: wrap-up (R-CALL-07, R-PII-05), transfer (R-CALL-02), escalation (R-CALL-04).</summary>
[Collection(InteractionsApi.Name)]
public sealed class WrapUpTransferEscalationTests(InteractionsApi api)
{
    private async Task<(InteractionWorld World, CallScript Agent, string Call)> CallAsync(string prefix)
    {
        var world = await api.WorldAsync(prefix);
        var agent = new CallScript(api, await api.TokenAsync(world, world.AgentId));
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));
        return (world, agent, await agent.CallInAsync(world.AdultId));
    }

    [Fact]
    public async Task Wrap_up_5_minutes_after_the_end_is_on_time_and_a_second_later_is_a_service_defect_R_CALL_07()
    {
        var (world, agent, onTimeCall) = await CallAsync("wrap");
        var lateCall = await agent.CallInAsync(world.AdultId);
        (await agent.EndAsync(onTimeCall)).Succeeded();
        (await agent.EndAsync(lateCall)).Succeeded();

        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var onTime = (await agent.WrapUpAsync(onTimeCall, "Asked about the renewal date.", "VALID")).Succeeded();
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = (await agent.WrapUpAsync(lateCall, "Asked about the renewal date.", "VALID")).Succeeded();

        Assert.False(onTime.GetProperty("lateWrapUp").GetBoolean());
        Assert.True(late.GetProperty("lateWrapUp").GetBoolean());
        Assert.Equal("VALID", late.Str("outcomeTag"));
        Assert.Equal(1L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM interactions WHERE late_wrap_up"));
    }

    [Fact]
    public async Task A_call_longer_than_5_minutes_is_flagged_as_over_the_simple_inquiry_time_and_one_of_5_minutes_is_not_R_CALL_02()
    {
        var (world, agent, longCall) = await CallAsync("handletime");
        var shortCall = await agent.CallInAsync(world.AdultId);
        var token = await api.TokenAsync(world, world.AgentId);

        api.Clock.Advance(TimeSpan.FromMinutes(5));
        (await agent.EndAsync(shortCall)).Succeeded();
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        (await agent.EndAsync(longCall)).Succeeded();

        Assert.True(await OverrunAsync(token, longCall));
        Assert.False(await OverrunAsync(token, shortCall));
    }

    private async Task<bool> OverrunAsync(string token, string interactionId)
    {
        var body = await api.RawAsync(token, $$"""{ node(id: "{{interactionId}}") { ... on Interaction { simpleInquiryOverrun } } }""");
        return body.GetProperty("data").GetProperty("node").GetProperty("simpleInquiryOverrun").GetBoolean();
    }

    [Fact]
    public async Task Wrap_up_without_content_or_outcome_tag_is_refused_and_stores_nothing_R_CALL_07()
    {
        var (world, agent, call) = await CallAsync("wrapmissing");

        var refused = await agent.WrapUpAsync(call, "   ", null);

        var error = refused.SingleError();
        Assert.Equal("WrapUpIncompleteError", error.Str("__typename"));
        Assert.Equal("R-CALL-07", error.Str("rule"));
        Assert.Equal(["CONTENT_MISSING", "OUTCOME_TAG_MISSING"], error.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM interactions WHERE wrapped_up_at IS NOT NULL OR ended_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_second_wrap_up_is_refused_R_CALL_07()
    {
        var (_, agent, call) = await CallAsync("wraptwice");
        (await agent.WrapUpAsync(call, "First.", "VALID")).Succeeded();

        var second = await agent.WrapUpAsync(call, "Second.", "INVALID");

        Assert.Equal("AlreadyWrappedUpError", second.SingleError().Str("__typename"));
    }

    [Fact]
    public async Task A_card_number_typed_into_the_wrap_up_is_masked_before_it_is_stored_R_PII_05()
    {
        var (world, agent, call) = await CallAsync("card");

        var wrapped = (await agent.WrapUpAsync(call, "Paid with card 4111-1111-1111-1111 today.", "VALID")).Succeeded();

        Assert.Equal("Paid with card ****-****-****-1111 today.", wrapped.Str("summary"));
        var stored = await api.ScalarAsync<string>(world.TenantId, "SELECT summary FROM interactions WHERE wrapped_up_at IS NOT NULL");
        Assert.DoesNotContain("4111", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Needs the claims team", 121, "EXPECTED_WAIT_TOO_LONG")]
    [InlineData(null, 60, "REASON_MISSING")]
    [InlineData("Needs the claims team", null, "EXPECTED_WAIT_MISSING")]
    public async Task A_transfer_must_state_a_reason_and_a_wait_of_at_most_2_minutes_R_CALL_02(string? reason, int? wait, string problem)
    {
        var (world, agent, call) = await CallAsync("transferbad");

        var refused = await agent.TransferAsync(call, world.SecondAgentId, reason, wait);

        var error = refused.SingleError();
        Assert.Equal("R-CALL-02", error.Str("rule"));
        Assert.Equal([problem], error.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM interactions WHERE transferred_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_transfer_with_reason_and_a_2_minute_wait_is_recorded_and_ends_the_call_for_the_agent_R_CALL_02()
    {
        var (world, agent, call) = await CallAsync("transfer");

        var transferred = (await agent.TransferAsync(call, world.SecondAgentId, "Needs the claims team", 120)).Succeeded();

        Assert.Equal("Needs the claims team", transferred.Str("transferReason"));
        Assert.Equal(120, transferred.GetProperty("transferExpectedWaitSeconds").GetInt32());
        Assert.Equal(world.SecondAgentId.ToString(), transferred.Str("transferredToId"));
        Assert.NotEqual(JsonValueKind.Null, transferred.GetProperty("endedAt").ValueKind);
    }

    [Fact]
    public async Task The_supervisor_may_transfer_a_team_call_but_only_its_agent_records_a_do_not_call_request_R_CALL_02_R_CALL_06()
    {
        var (world, _, call) = await CallAsync("suptransfer");
        var supervisor = new CallScript(api, await api.TokenAsync(world, world.SupervisorId, "SUPERVISOR"));

        var dnc = await supervisor.MarkDoNotCallAsync(call, "SERVICE");
        var transferred = await supervisor.TransferAsync(call, world.SecondAgentId, "Queue rebalancing", 30);

        Assert.Equal("NotInteractionAgentError", dnc.SingleError().Str("__typename"));
        Assert.Equal(30, transferred.Succeeded().GetProperty("transferExpectedWaitSeconds").GetInt32());
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM do_not_call_requests"));
    }

    [Fact]
    public async Task A_call_cannot_be_transferred_to_an_agent_who_may_not_take_calls_R_AGT_01()
    {
        var (world, agent, call) = await CallAsync("transferrookie");

        var refused = await agent.TransferAsync(call, world.UncertifiedAgentId, "Needs the claims team", 60);

        var error = refused.SingleError();
        Assert.Equal("TransferTargetUnavailableError", error.Str("__typename"));
        Assert.Equal("R-AGT-01", error.Str("rule"));
    }

    [Fact]
    public async Task Escalation_tags_urgent_promises_a_callback_within_24_hours_and_emits_the_event_R_CALL_04()
    {
        var (world, agent, call) = await CallAsync("escalate");
        var now = api.Clock.GetUtcNow();

        var escalated = (await agent.EscalateAsync(call, "COMPLEX_COMPLAINT", "Claim refused twice; card 4111 1111 1111 1111 charged.")).Succeeded();

        Assert.Equal("URGENT", escalated.Str("urgency"));
        Assert.Equal(now.AddHours(24), DateTimeOffset.Parse(escalated.Str("callbackDueAt")));
        Assert.Equal(now, DateTimeOffset.Parse(escalated.Str("departmentNotifiedAt")));
        Assert.DoesNotContain("4111 1111", escalated.Str("escalationReason"), StringComparison.Ordinal);
        var payload = await api.ScalarAsync<string>(world.TenantId,
            "SELECT payload::text FROM domain_events WHERE type = 'InteractionEscalated' AND aggregate_type = 'Interaction'");
        var json = JsonDocument.Parse(payload).RootElement;
        Assert.Equal("ComplexComplaint", json.Str("kind"));
        Assert.Equal(world.AdultId.ToString(), json.Str("customerId"));
        Assert.Equal(now.AddMinutes(10), json.GetProperty("pushBy").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_escalation_is_pushed_to_the_department_as_a_live_alert_R_CALL_04()
    {
        var (world, agent, call) = await CallAsync("escalatealert");
        var supervisor = await api.TokenAsync(world, world.SupervisorId, "SUPERVISOR");
        await using var socket = await Infrastructure.Subscriber.SubscribeAsync(api.Stack, supervisor, world.TenantId,
            "subscription { complaintAlerts { kind interactionId complaintId callbackDueAt } }");

        (await agent.EscalateAsync(call, "SYSTEM_PROBLEM", "Policy system shows no coverage")).Succeeded();

        var alert = (await Infrastructure.Subscriber.NextAsync(socket)).GetProperty("complaintAlerts");
        Assert.Equal("CALL_ESCALATED", alert.Str("kind"));
        Assert.Equal(call, alert.Str("interactionId"));
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("complaintId").ValueKind);
        Assert.Equal(api.Clock.GetUtcNow().AddHours(24), DateTimeOffset.Parse(alert.Str("callbackDueAt")));
    }

    [Fact]
    public async Task The_supervisor_may_escalate_a_team_call_once_and_another_teams_agent_may_not_R_CALL_04()
    {
        var (world, _, call) = await CallAsync("supescalate");
        var supervisor = new CallScript(api, await api.TokenAsync(world, world.SupervisorId, "SUPERVISOR"));
        var outsider = new CallScript(api, await api.TokenAsync(world, world.OtherTeamAgentId));

        var byOutsider = await outsider.EscalateAsync(call, "SYSTEM_PROBLEM", "Policy system down");
        var bySupervisor = await supervisor.EscalateAsync(call, "SYSTEM_PROBLEM", "Policy system down");
        var again = await supervisor.EscalateAsync(call, "SYSTEM_PROBLEM", "Still down");

        Assert.Equal("InteractionNotFoundError", byOutsider.SingleError().Str("__typename"));
        Assert.Equal("URGENT", bySupervisor.Succeeded().Str("urgency"));
        Assert.Equal("R-CALL-04", again.SingleError().Str("rule"));
        Assert.Equal(1L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM domain_events WHERE type = 'InteractionEscalated'"));
    }

    [Fact]
    public async Task An_agent_of_another_tenant_cannot_touch_the_call_R_TEN_01()
    {
        var (world, _, call) = await CallAsync("tenantA");
        var other = await api.WorldAsync("tenantB");
        var foreignAgent = new CallScript(api, await api.TokenAsync(other, other.AgentId));

        var wrap = await foreignAgent.WrapUpAsync(call, "Not mine.", "VALID");
        var end = await foreignAgent.EndAsync(call);

        Assert.Equal("InteractionNotFoundError", wrap.SingleError().Str("__typename"));
        Assert.Equal("InteractionNotFoundError", end.SingleError().Str("__typename"));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM interactions WHERE ended_at IS NOT NULL"));
    }
}
