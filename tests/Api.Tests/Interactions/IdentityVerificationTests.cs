using System.Text.Json;
using Platform.Api.Tests.Customers;

namespace Platform.Api.Tests.Interactions;

/// <summary>Identity verification through GraphQL (R-CALL-03) and the agent clearance it grants (R-PII-03).</summary>
[Collection(InteractionsApi.Name)]
public sealed class IdentityVerificationTests(InteractionsApi api)
{
    private static readonly string PolicyLast6 = InteractionWorld.AdultPolicyNumber[^6..];
    private static readonly string IdLast4 = InteractionWorld.AdultIdNumber[^4..];

    private async Task<(InteractionWorld World, CallScript Agent, string Token)> AgentAsync(string prefix)
    {
        var world = await api.WorldAsync(prefix);
        var token = await api.TokenAsync(world, world.AgentId);
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));
        return (world, new CallScript(api, token), token);
    }

    [Fact]
    public async Task Policy_number_last_6_and_id_number_last_4_verify_the_customer_and_the_attempt_is_recorded_R_CALL_03()
    {
        var (world, agent, _) = await AgentAsync("verify");
        var call = await agent.CallInAsync(world.AdultId);

        var payload = await agent.VerifyByPolicyAndIdAsync(call, PolicyLast6, IdLast4);

        var interaction = payload.Succeeded();
        Assert.True(payload.GetProperty("verified").GetBoolean());
        Assert.Equal("VERIFIED", payload.Str("outcome"));
        Assert.Equal("POLICY_AND_ID_NUMBER", interaction.Str("verificationMethod"));
        Assert.Equal(1L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM verification_attempts WHERE succeeded"));
    }

    [Fact]
    public async Task The_third_failure_locks_verification_and_a_correct_proof_afterwards_is_refused_R_CALL_03()
    {
        var (world, agent, _) = await AgentAsync("lock");
        var call = await agent.CallInAsync(world.AdultId);

        var first = await agent.VerifyByPolicyAndIdAsync(call, PolicyLast6, "0000");
        var second = await agent.VerifyByPolicyAndIdAsync(call, "000000", IdLast4);
        var third = await agent.VerifyByPolicyAndIdAsync(call, "000000", "0000");
        var afterLock = await agent.VerifyByPolicyAndIdAsync(call, PolicyLast6, IdLast4);

        Assert.Equal(2, first.SingleError().GetProperty("remainingAttempts").GetInt32());
        Assert.Equal("R-CALL-03", first.SingleError().Str("rule"));
        Assert.Equal(1, second.SingleError().GetProperty("remainingAttempts").GetInt32());
        Assert.True(third.SingleError().GetProperty("locked").GetBoolean());
        Assert.True(third.GetProperty("interaction").GetProperty("verificationLocked").GetBoolean());
        var locked = afterLock.SingleError();
        Assert.Equal("VerificationLockedError", locked.Str("__typename"));
        Assert.Equal("R-CALL-03", locked.Str("rule"));
        Assert.False(afterLock.GetProperty("verified").GetBoolean());
        // Three failures recorded; the refused attempt after the lock checked nothing and recorded nothing.
        Assert.Equal(3L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM verification_attempts WHERE NOT succeeded"));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM verification_attempts WHERE succeeded"));
    }

    [Fact]
    public async Task Concurrent_failed_attempts_still_lock_after_exactly_three_R_CALL_03()
    {
        var (world, agent, _) = await AgentAsync("race");
        var call = await agent.CallInAsync(world.AdultId);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => agent.VerifyByPolicyAndIdAsync(call, "000000", "0000")));

        Assert.Equal(3, attempts.Count(a => a.SingleError().Str("__typename") == "IdentityVerificationFailedError"));
        Assert.Equal(3, attempts.Count(a => a.SingleError().Str("__typename") == "VerificationLockedError"));
        Assert.Equal(3L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM verification_attempts"));
        Assert.Equal(3, await api.ScalarAsync<int>(world.TenantId, "SELECT failed_verification_count FROM interactions"));
    }

    [Fact]
    public async Task Reserved_phone_verifies_an_elderly_customer_but_not_an_adult_R_CALL_03()
    {
        var (world, agent, _) = await AgentAsync("phone");
        var elderlyCall = await agent.CallInAsync(world.ElderlyId);
        var adultCall = await agent.CallInAsync(world.AdultId);
        var byPhone = $"method: RESERVED_PHONE reservedPhone: \"+86 {InteractionWorld.ElderlyPhone}\"";

        var elderly = await agent.VerifyAsync(elderlyCall, byPhone);
        var adult = await agent.VerifyAsync(adultCall, "method: RESERVED_PHONE reservedPhone: \"13912345678\"");

        Assert.Equal("RESERVED_PHONE", elderly.Succeeded().Str("verificationMethod"));
        var refused = adult.SingleError();
        Assert.Equal("VerificationMethodNotAllowedError", refused.Str("__typename"));
        Assert.Equal("R-CALL-03", refused.Str("rule"));
        Assert.Equal(0, adult.GetProperty("interaction").GetProperty("failedVerificationCount").GetInt32());
    }

    [Fact]
    public async Task A_relative_verifies_an_elderly_customer_only_with_a_confirmed_relationship_which_is_recorded_R_CALL_03()
    {
        var (world, agent, _) = await AgentAsync("relative");
        var call = await agent.CallInAsync(world.ElderlyId);

        var unconfirmed = await agent.VerifyAsync(call, "method: RELATIVE relativeRelationship: \"daughter\"");
        var confirmed = await agent.VerifyAsync(call, "method: RELATIVE relativeRelationship: \"daughter\" relativeRelationshipConfirmed: true relativeName: \"李娜\"");

        Assert.Equal("IdentityVerificationFailedError", unconfirmed.SingleError().Str("__typename"));
        confirmed.Succeeded();
        Assert.Equal("daughter", await api.ScalarAsync<string>(world.TenantId, "SELECT verified_relative_relationship FROM interactions"));
    }

    [Fact]
    public async Task Verification_gives_the_agent_the_customers_full_id_number_until_the_interaction_ends_R_CALL_03_R_PII_03_R_PII_04()
    {
        var (world, agent, token) = await AgentAsync("clear");
        var call = await agent.CallInAsync(world.AdultId);
        var read = $$"""{ node(id: "{{call}}") { ... on Interaction { customer { idNumber } } } }""";

        var before = await IdNumberAsync(token, read);
        (await agent.VerifyByPolicyAndIdAsync(call, PolicyLast6, IdLast4)).Succeeded();
        var during = await IdNumberAsync(token, read);
        (await agent.EndAsync(call)).Succeeded();
        var after = await IdNumberAsync(token, read);

        Assert.Equal("1*************1234", before);
        Assert.Equal(InteractionWorld.AdultIdNumber, during);
        Assert.Equal("1*************1234", after);
        Assert.True(await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM access_log WHERE resource_id = $1 AND granted", world.AdultId) >= 1);
    }

    [Fact]
    public async Task Verification_in_another_agents_interaction_gives_this_agent_nothing_R_PII_03()
    {
        var (world, agent, _) = await AgentAsync("notmine");
        var call = await agent.CallInAsync(world.AdultId);
        (await agent.VerifyByPolicyAndIdAsync(call, PolicyLast6, IdLast4)).Succeeded();
        var colleague = await api.TokenAsync(world, world.SecondAgentId);

        var body = await api.RawAsync(colleague, $$"""{ customer: node(id: "{{InteractionsApi.Id("Customer", world.AdultId)}}") { ... on Customer { idNumber } } }""");

        // Whether the colleague may see the customer at all is the read side's decision; never in full.
        var customer = body.GetProperty("data").GetProperty("customer");
        var seen = customer.ValueKind == JsonValueKind.Null ? null : customer.GetProperty("idNumber").GetString();
        Assert.NotEqual(InteractionWorld.AdultIdNumber, seen);
    }

    [Fact]
    public async Task Only_the_interactions_own_agent_may_verify_even_its_supervisor_may_not_R_CALL_03()
    {
        var (world, agent, _) = await AgentAsync("supverify");
        var call = await agent.CallInAsync(world.AdultId);
        var supervisor = new CallScript(api, await api.TokenAsync(world, world.SupervisorId, "SUPERVISOR"));
        var colleague = new CallScript(api, await api.TokenAsync(world, world.OtherTeamAgentId));

        var bySupervisor = await supervisor.VerifyByPolicyAndIdAsync(call, PolicyLast6, IdLast4);
        var byColleague = await colleague.VerifyByPolicyAndIdAsync(call, PolicyLast6, IdLast4);

        Assert.Equal("NotInteractionAgentError", bySupervisor.SingleError().Str("__typename"));
        Assert.Equal("InteractionNotFoundError", byColleague.SingleError().Str("__typename"));
        Assert.Equal(0L, await api.ScalarAsync<long>(world.TenantId, "SELECT count(*) FROM verification_attempts"));
    }

    private async Task<string?> IdNumberAsync(string token, string query)
    {
        var body = await api.RawAsync(token, query);
        return Tokens.Data(body).GetProperty("node").GetProperty("customer").GetProperty("idNumber").GetString();
    }
}
