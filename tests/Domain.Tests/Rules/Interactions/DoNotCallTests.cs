using Platform.Domain.Interactions;
using Platform.Domain.Tenancy;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Interactions;

public class DoNotCallTests
{
    private static readonly TimeZoneInfo Zone = TenantTimeZone.Default;
    private static readonly DoNotCallMark ServiceRequest = new(Shanghai(2025, 1, 10, 14, 0), CallPurpose.Service);
    private static readonly DoNotCallMark MarketingRequest = new(Shanghai(2025, 1, 10, 14, 0), CallPurpose.Marketing);

    [Fact]
    public void R_CALL_06_service_call_refused_on_day_90_allowed_on_day_91()
    {
        var policy = DoNotCallPolicy.Default;
        var day90 = Shanghai(2025, 4, 10, 16, 0); // 2025-01-10 + 90 days
        var day91 = Shanghai(2025, 4, 11, 9, 0);

        var refused = policy.Check([ServiceRequest], day90, CallPurpose.Service, Zone);
        Assert.False(refused.Allowed);
        Assert.Equal(OutboundCallRefusal.DoNotCall, refused.Refusal);
        Assert.Contains("2025-04-10", refused.Message);
        Assert.True(policy.Check([ServiceRequest], day91, CallPurpose.Service, Zone).Allowed);
    }

    [Fact]
    public void R_CALL_06_whole_of_day_90_is_refused_and_the_request_day_too()
    {
        var policy = DoNotCallPolicy.Default;
        Assert.False(policy.Check([ServiceRequest], Shanghai(2025, 4, 10, 23, 59), CallPurpose.Service, Zone).Allowed);
        Assert.False(policy.Check([ServiceRequest], Shanghai(2025, 1, 10, 14, 5), CallPurpose.Service, Zone).Allowed);
        // A call placed before the request was made is not affected by it.
        Assert.True(policy.Check([ServiceRequest], Shanghai(2025, 1, 10, 13, 0), CallPurpose.Service, Zone).Allowed);
    }

    [Fact]
    public void R_CALL_09_marketing_call_refused_on_day_180_allowed_on_day_181()
    {
        var policy = DoNotCallPolicy.Default;
        Assert.Equal(new DateOnly(2025, 7, 9), policy.LastRefusedDay(MarketingRequest, CallPurpose.Marketing, Zone));
        Assert.False(policy.Check([MarketingRequest], Shanghai(2025, 7, 9, 10, 0), CallPurpose.Marketing, Zone).Allowed);
        Assert.True(policy.Check([MarketingRequest], Shanghai(2025, 7, 10, 10, 0), CallPurpose.Marketing, Zone).Allowed);
    }

    [Fact]
    public void R_CALL_09_general_do_not_call_blocks_marketing_for_180_days_not_just_90()
    {
        var policy = DoNotCallPolicy.Default;
        Assert.False(policy.Check([ServiceRequest], Shanghai(2025, 4, 11, 10, 0), CallPurpose.Marketing, Zone).Allowed);
        Assert.True(policy.Check([ServiceRequest], Shanghai(2025, 7, 10, 10, 0), CallPurpose.Marketing, Zone).Allowed);
    }

    [Fact]
    public void R_CALL_09_marketing_only_request_does_not_block_service_calls()
    {
        Assert.Null(DoNotCallPolicy.Default.LastRefusedDay(MarketingRequest, CallPurpose.Service, Zone));
        Assert.True(DoNotCallPolicy.Default.Check([MarketingRequest], Shanghai(2025, 1, 11, 10, 0), CallPurpose.Service, Zone).Allowed);
    }

    [Fact]
    public void R_CALL_06_R_CALL_09_tenant_may_lengthen_but_not_shorten_periods()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DoNotCallPolicy(serviceDays: 89));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DoNotCallPolicy(marketingDays: 179));
        var longer = new DoNotCallPolicy(serviceDays: 120);
        Assert.False(longer.Check([ServiceRequest], Shanghai(2025, 5, 10, 10, 0), CallPurpose.Service, Zone).Allowed);
    }

    [Fact]
    public void R_CALL_06_day_count_uses_the_tenant_local_date_of_the_request()
    {
        // 2025-01-10 17:00 UTC is already 2025-01-11 01:00 in Shanghai, so day 90 is 2025-04-11.
        var lateUtc = new DoNotCallMark(new DateTimeOffset(2025, 1, 10, 17, 0, 0, TimeSpan.Zero), CallPurpose.Service);
        Assert.False(DoNotCallPolicy.Default.Check([lateUtc], Shanghai(2025, 4, 11, 10, 0), CallPurpose.Service, Zone).Allowed);
    }

    [Fact]
    public void R_CALL_05_R_CALL_06_gate_checks_window_then_do_not_call()
    {
        var window = new CallingWindow(China2025);
        var outsideWindow = OutboundCallGate.Decide(window, DoNotCallPolicy.Default, [], Shanghai(2025, 9, 29, 8, 29), CallPurpose.Service);
        Assert.Equal(OutboundCallRefusal.OutsideCallingWindow, outsideWindow.Refusal);

        var request = new DoNotCallMark(Shanghai(2025, 9, 1, 10, 0), CallPurpose.Service);
        var blocked = OutboundCallGate.Decide(window, DoNotCallPolicy.Default, [request], Shanghai(2025, 9, 29, 10, 0), CallPurpose.Service);
        Assert.Equal(OutboundCallRefusal.DoNotCall, blocked.Refusal);
        Assert.True(OutboundCallGate.Decide(window, DoNotCallPolicy.Default, [], Shanghai(2025, 9, 29, 10, 0), CallPurpose.Service).Allowed);
    }
}
