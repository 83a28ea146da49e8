namespace Platform.Api.Tests.Interactions;

/// <summary>Outbound-call rules through GraphQL: calling windows, marketing hours and do-not-call requests.</summary>
[Collection(InteractionsApi.Name)]
public sealed class OutboundCallRulesTests(InteractionsApi api)
{
    private async Task<(InteractionWorld World, CallScript Agent)> AgentAsync(string prefix)
    {
        var world = await api.WorldAsync(prefix);
        return (world, new CallScript(api, await api.TokenAsync(world, world.AgentId)));
    }

    [Fact]
    public async Task Outbound_call_at_0829_is_refused_R_CALL_05()
    {
        var (world, agent) = await AgentAsync("win0829");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 8, 29));

        var refused = await agent.StartOutboundAsync(world.AdultId, "SERVICE");

        var error = refused.SingleError();
        Assert.Equal("CallingWindowError", error.Str("__typename"));
        Assert.Equal("R-CALL-05", error.Str("rule"));
        Assert.Equal("OUTSIDE_CALLING_WINDOW", error.Str("reason"));
        Assert.Equal("OUTSIDE_CALLING_WINDOW", error.Str("code"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.GetProperty("interaction").ValueKind);
    }

    [Fact]
    public async Task Outbound_call_at_0830_on_a_working_day_is_placed_and_records_its_purpose_R_CALL_05_R_CALL_09()
    {
        var (world, agent) = await AgentAsync("win0830");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 8, 30));

        var interaction = (await agent.StartOutboundAsync(world.AdultId, "SERVICE")).Succeeded();

        Assert.Equal("OUTBOUND_CALL", interaction.Str("channel"));
        Assert.Equal("SERVICE", interaction.Str("purpose"));
    }

    [Fact]
    public async Task Outbound_call_at_1729_is_placed_and_at_1730_refused_on_a_working_day_R_CALL_05()
    {
        var (world, agent) = await AgentAsync("win1730");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 17, 29));
        var lastMinute = await agent.StartOutboundAsync(world.AdultId, "SERVICE");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 17, 30));
        var closed = await agent.StartOutboundAsync(world.AdultId, "SERVICE");

        lastMinute.Succeeded();
        Assert.Equal("R-CALL-05", closed.SingleError().Str("rule"));
    }

    [Fact]
    public async Task Outbound_call_on_a_saturday_follows_the_0900_to_1700_window_R_CALL_05()
    {
        var (world, agent) = await AgentAsync("winsat");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 21, 8, 45));
        var early = await agent.StartOutboundAsync(world.AdultId, "SERVICE");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 21, 9, 0));
        var open = await agent.StartOutboundAsync(world.AdultId, "SERVICE");

        Assert.Equal("OUTSIDE_CALLING_WINDOW", early.SingleError().Str("reason"));
        open.Succeeded();
    }

    [Fact]
    public async Task Outbound_call_on_a_public_holiday_is_refused_at_any_hour_R_CALL_05()
    {
        var (world, agent) = await AgentAsync("winhol");
        await api.ExecuteAsync(world.TenantId, "INSERT INTO tenant_calendar_days (tenant_id, day, kind, name) VALUES ($1, $2, 'Holiday', 'test holiday')",
            world.TenantId, new DateOnly(2026, 11, 19));
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 19, 10, 0));

        var refused = await agent.StartOutboundAsync(world.AdultId, "SERVICE");

        var error = refused.SingleError();
        Assert.Equal("PUBLIC_HOLIDAY", error.Str("reason"));
        Assert.Equal("R-CALL-05", error.Str("rule"));
    }

    [Fact]
    public async Task A_tenant_window_wider_than_the_platform_limit_still_refuses_before_0800_R_CALL_05()
    {
        var (world, agent) = await AgentAsync("winwide");
        await api.ExecuteAsync(world.TenantId, "UPDATE tenants SET working_day_calls_from = '07:00', working_day_calls_until = '21:00' WHERE id = $1", world.TenantId);
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 7, 59));
        var early = await agent.StartOutboundAsync(world.AdultId, "SERVICE");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 8, 0));
        var allowed = await agent.StartOutboundAsync(world.AdultId, "SERVICE");

        Assert.Equal("R-CALL-05", early.SingleError().Str("rule"));
        allowed.Succeeded();
    }

    [Fact]
    public async Task Marketing_call_before_0900_is_refused_where_a_service_call_is_allowed_R_CALL_09()
    {
        var (world, agent) = await AgentAsync("mkt0845");
        await api.ExecuteAsync(world.TenantId, "UPDATE tenants SET working_day_calls_from = '08:00' WHERE id = $1", world.TenantId);
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 8, 45));

        var service = await agent.StartOutboundAsync(world.AdultId, "SERVICE");
        var marketing = await agent.StartOutboundAsync(world.AdultId, "MARKETING");

        service.Succeeded();
        var error = marketing.SingleError();
        Assert.Equal("MarketingQuietHoursError", error.Str("__typename"));
        Assert.Equal("R-CALL-09", error.Str("rule"));
    }

    [Fact]
    public async Task Outbound_call_without_a_purpose_is_refused_R_CALL_09()
    {
        var (world, agent) = await AgentAsync("nopurpose");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));

        var refused = await agent.StartOutboundAsync(world.AdultId, purpose: null);

        var error = refused.SingleError();
        Assert.Equal("InvalidInteractionInputError", error.Str("__typename"));
        Assert.Equal("purpose", error.Str("field"));
    }

    [Fact]
    public async Task Do_not_call_refuses_service_calls_through_day_90_and_allows_them_on_day_91_R_CALL_06()
    {
        var (world, agent) = await AgentAsync("dnc90");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));
        var call = await agent.CallInAsync(world.AdultId);
        var marked = await agent.MarkDoNotCallAsync(call, "SERVICE");
        marked.Succeeded();
        Assert.Equal("2027-02-16", marked.GetProperty("doNotCall").Str("serviceCallsRefusedThrough"));

        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 5));
        var sameDay = await agent.StartOutboundAsync(world.AdultId, "SERVICE");
        api.Clock.Set(ManualClock.Shanghai(2027, 2, 16, 16, 0));
        var day90 = await agent.StartOutboundAsync(world.AdultId, "SERVICE");
        api.Clock.Set(ManualClock.Shanghai(2027, 2, 17, 9, 0));
        var day91 = await agent.StartOutboundAsync(world.AdultId, "SERVICE");

        var error = sameDay.SingleError();
        Assert.Equal("DoNotCallError", error.Str("__typename"));
        Assert.Equal("R-CALL-06", error.Str("rule"));
        Assert.Equal("2027-02-16", error.Str("refusedThrough"));
        Assert.Equal("R-CALL-06", day90.SingleError().Str("rule"));
        day91.Succeeded();
    }

    [Fact]
    public async Task Marketing_do_not_call_lasts_180_days_and_leaves_service_calls_allowed_R_CALL_09()
    {
        var (world, agent) = await AgentAsync("dnc180");
        api.Clock.Set(ManualClock.Shanghai(2026, 11, 18, 10, 0));
        var call = await agent.CallInAsync(world.AdultId);
        var marked = (await agent.MarkDoNotCallAsync(call, "MARKETING")).GetProperty("doNotCall");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, marked.GetProperty("serviceCallsRefusedThrough").ValueKind);
        Assert.Equal("2027-05-17", marked.Str("marketingCallsRefusedThrough"));

        api.Clock.Set(ManualClock.Shanghai(2027, 5, 17, 10, 0));
        var marketingDay180 = await agent.StartOutboundAsync(world.AdultId, "MARKETING");
        var serviceDay180 = await agent.StartOutboundAsync(world.AdultId, "SERVICE");
        api.Clock.Set(ManualClock.Shanghai(2027, 5, 18, 10, 0));
        var marketingDay181 = await agent.StartOutboundAsync(world.AdultId, "MARKETING");

        var error = marketingDay180.SingleError();
        Assert.Equal("R-CALL-09", error.Str("rule"));
        Assert.Equal("MARKETING", error.Str("purpose"));
        serviceDay180.Succeeded();
        marketingDay181.Succeeded();
    }
}
