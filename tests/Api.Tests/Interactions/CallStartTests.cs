using System.Text.Json;
using Platform.Api.Tests.Customers;

namespace Platform.Api.Tests.Interactions;

/// <summary>Starting interactions through GraphQL: answer time, certification gate, who may call the mutations.</summary>
[Collection(InteractionsApi.Name)]
public sealed class CallStartTests(InteractionsApi api)
{
    [Fact]
    public async Task Inbound_call_answered_16_seconds_after_it_was_offered_is_flagged_late_and_15_seconds_is_not_R_CALL_01()
    {
        var world = await api.WorldAsync("late");
        var agent = new CallScript(api, await api.TokenAsync(world, world.AgentId));
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));

        var late = (await agent.StartInboundAsync(world.AdultId, TimeSpan.FromSeconds(16))).Succeeded();
        var onTime = (await agent.StartInboundAsync(world.AdultId, TimeSpan.FromSeconds(15))).Succeeded();

        Assert.True(late.GetProperty("lateAnswer").GetBoolean());
        Assert.False(onTime.GetProperty("lateAnswer").GetBoolean());
        Assert.Equal(1L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM interactions WHERE late_answer"));
    }

    [Fact]
    public async Task Inbound_call_without_its_offer_time_is_refused_R_CALL_01()
    {
        var world = await api.WorldAsync("nooffer");
        var token = await api.TokenAsync(world, world.AgentId);

        var payload = await api.MutateAsync(token, "startInteraction", "{ channel: INBOUND_CALL }",
            CallScript.Payload("... on InvalidInteractionInputError { field }"));

        Assert.Equal("offeredAt", payload.SingleError().Str("field"));
    }

    [Fact]
    public async Task An_agent_without_a_full_onboarding_pass_may_not_take_calls_R_AGT_01()
    {
        var world = await api.WorldAsync("rookie");
        var rookie = new CallScript(api, await api.TokenAsync(world, world.UncertifiedAgentId));
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));

        var refused = await rookie.StartInboundAsync(world.AdultId, TimeSpan.FromSeconds(2));

        var error = refused.SingleError();
        Assert.Equal("AgentNotCertifiedError", error.Str("__typename"));
        Assert.Equal("R-AGT-01", error.Str("rule"));
        Assert.Equal(["ONBOARDING_NOT_FULL_PASS"], error.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM interactions"));
    }

    [Fact]
    public async Task A_later_failed_psychological_assessment_withdraws_the_certification_R_AGT_01()
    {
        var world = await api.WorldAsync("psych");
        await api.ExecuteAsync(world.TenantId,
            "INSERT INTO psychological_assessments (tenant_id, id, staff_member_id, assessed_on, passed) VALUES ($1, $2, $3, $4, false)",
            world.TenantId, Guid.CreateVersion7(), world.AgentId, new DateOnly(2026, 6, 1));
        var agent = new CallScript(api, await api.TokenAsync(world, world.AgentId));

        var refused = await agent.StartInboundAsync(world.AdultId, TimeSpan.FromSeconds(2));

        Assert.Equal(["PSYCHOLOGICAL_ASSESSMENT_FAILED"], refused.SingleError().GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));
    }

    [Theory]
    [InlineData("QUALITY_INSPECTOR")]
    [InlineData("TRAINER")]
    [InlineData("CUSTOMER")]
    [InlineData("COMPLIANCE_OFFICER")]
    public async Task Roles_other_than_agent_and_supervisor_are_refused_the_operation(string role)
    {
        var world = await api.WorldAsync("role");
        var token = await api.TokenAsync(world, world.AgentId, role);

        var body = await api.RawAsync(token, "mutation { startInteraction(input: { channel: EMAIL }) { errors { __typename } } }");

        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM interactions"));
    }

    [Fact]
    public async Task An_agent_token_whose_subject_is_no_staff_member_is_refused()
    {
        var world = await api.WorldAsync("stranger");
        var token = await Tokens.ForAsync(api.Stack, world.TenantId, "not-on-the-staff", "AGENT");

        var body = await api.RawAsync(token, "mutation { startInteraction(input: { channel: EMAIL }) { errors { __typename } } }");

        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
        Assert.DoesNotContain("staff_members", body.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_customer_of_another_tenant_cannot_be_called_R_TEN_01()
    {
        var home = await api.WorldAsync("home");
        var foreign = await api.WorldAsync("foreign");
        var agent = new CallScript(api, await api.TokenAsync(home, home.AgentId));
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));

        var refused = await agent.StartOutboundAsync(foreign.AdultId, "SERVICE");

        Assert.Equal("CustomerNotFoundError", refused.SingleError().Str("__typename"));
    }

    [Fact]
    public async Task A_malformed_customer_id_is_a_top_level_error_without_internals()
    {
        var world = await api.WorldAsync("badid");
        var token = await api.TokenAsync(world, world.AgentId);

        var body = await api.RawAsync(token, """mutation { startInteraction(input: { channel: EMAIL customerId: "not-an-id" }) { errors { __typename } } }""");

        Assert.Contains("INVALID_ID", Tokens.ErrorCodes(body));
        Assert.DoesNotContain("   at ", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_interaction_starts_now_without_a_purpose_and_links_the_customers_policy()
    {
        var world = await api.WorldAsync("email");
        var token = await api.TokenAsync(world, world.AgentId);
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 22, 0));

        var payload = await api.MutateAsync(token, "startInteraction",
            $$"""{ channel: EMAIL customerId: "{{InteractionsApi.Id("Customer", world.AdultId)}}" policyId: "{{InteractionsApi.Id("Policy", world.AdultPolicyId)}}" }""",
            "interaction { channel purpose startedAt policy { policyNumber } } errors { __typename }");

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var interaction = payload.GetProperty("interaction");
        Assert.Equal("EMAIL", interaction.Str("channel"));
        Assert.Equal(JsonValueKind.Null, interaction.GetProperty("purpose").ValueKind);
        Assert.Equal(api.Clock.GetUtcNow(), DateTimeOffset.Parse(interaction.Str("startedAt")));
        Assert.Equal(InteractionWorld.AdultPolicyNumber, interaction.GetProperty("policy").Str("policyNumber"));
    }
}
