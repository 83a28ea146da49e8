using Platform.Domain.Interactions;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Interactions;

public class CallingWindowTests
{
    private readonly CallingWindow _default = new(China2025);

    // Mon 2025-09-29 is an ordinary working day; Sat 2025-09-27 an ordinary weekend day.
    [Theory]
    [InlineData(8, 29, false)]
    [InlineData(8, 30, true)]
    [InlineData(17, 29, true)]
    [InlineData(17, 30, false)]
    [InlineData(20, 0, false)]
    public void R_CALL_05_service_call_on_a_working_day(int hour, int minute, bool allowed)
    {
        var decision = _default.Check(Shanghai(2025, 9, 29, hour, minute), CallPurpose.Service);
        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed ? null : OutboundCallRefusal.OutsideCallingWindow, decision.Refusal);
    }

    [Theory]
    [InlineData(8, 29, false)]
    [InlineData(8, 30, false)]
    [InlineData(9, 0, true)]
    [InlineData(16, 59, true)]
    [InlineData(17, 0, false)]
    [InlineData(17, 30, false)]
    [InlineData(20, 0, false)]
    public void R_CALL_05_service_call_on_a_non_working_day(int hour, int minute, bool allowed)
    {
        Assert.Equal(allowed, _default.Check(Shanghai(2025, 9, 27, hour, minute), CallPurpose.Service).Allowed);
    }

    [Fact]
    public void R_CALL_05_make_up_Sunday_uses_the_working_day_window()
    {
        Assert.True(_default.Check(Shanghai(2025, 9, 28, 8, 30), CallPurpose.Service).Allowed);
        Assert.True(_default.Check(Shanghai(2025, 9, 28, 17, 15), CallPurpose.Service).Allowed);
    }

    [Theory]
    [InlineData(8, 29)]
    [InlineData(8, 30)]
    [InlineData(10, 0)]
    [InlineData(17, 30)]
    [InlineData(20, 0)]
    public void R_CALL_05_no_outbound_call_on_a_public_holiday_at_any_time(int hour, int minute)
    {
        var decision = _default.Check(Shanghai(2025, 10, 2, hour, minute), CallPurpose.Service);
        Assert.False(decision.Allowed);
        Assert.Equal(OutboundCallRefusal.PublicHoliday, decision.Refusal);
        Assert.Contains("2025-10-02", decision.Message);
    }

    [Theory]
    [InlineData(2025, 9, 29, 7, 59, false)]
    [InlineData(2025, 9, 29, 8, 0, true)]
    [InlineData(2025, 9, 29, 19, 59, true)]
    [InlineData(2025, 9, 29, 20, 0, false)]
    [InlineData(2025, 9, 27, 8, 0, true)]
    [InlineData(2025, 9, 27, 20, 0, false)]
    [InlineData(2025, 10, 3, 12, 0, false)]
    public void R_CALL_05_tenant_window_is_clamped_to_08_00_20_00_and_never_opens_holidays(int y, int mo, int d, int h, int mi, bool allowed)
    {
        var wide = new DailyWindow(new TimeOnly(6, 0), new TimeOnly(23, 0));
        var window = new CallingWindow(China2025, new CallingWindowSettings(wide, wide));
        Assert.Equal(new DailyWindow(new TimeOnly(8, 0), new TimeOnly(20, 0)), window.WorkingDays);
        Assert.Equal(allowed, window.Check(Shanghai(y, mo, d, h, mi), CallPurpose.Service).Allowed);
    }

    [Fact]
    public void R_CALL_05_tenant_may_narrow_the_window_or_close_a_day_kind()
    {
        var closed = new DailyWindow(new TimeOnly(9, 0), new TimeOnly(9, 0));
        var window = new CallingWindow(China2025, new CallingWindowSettings(new DailyWindow(new TimeOnly(10, 0), new TimeOnly(16, 0)), closed));
        Assert.False(window.Check(Shanghai(2025, 9, 29, 9, 30), CallPurpose.Service).Allowed);
        Assert.True(window.Check(Shanghai(2025, 9, 29, 10, 0), CallPurpose.Service).Allowed);
        Assert.True(window.OtherDays.IsEmpty);
        Assert.False(window.Check(Shanghai(2025, 9, 27, 12, 0), CallPurpose.Service).Allowed);
    }

    [Fact]
    public void R_CALL_05_window_is_read_in_the_tenant_zone()
    {
        // 00:30 UTC is 08:30 in Shanghai on the same working day.
        Assert.True(_default.Check(new DateTimeOffset(2025, 9, 29, 0, 30, 0, TimeSpan.Zero), CallPurpose.Service).Allowed);
        Assert.False(_default.Check(new DateTimeOffset(2025, 9, 29, 0, 29, 0, TimeSpan.Zero), CallPurpose.Service).Allowed);
    }

    [Theory]
    [InlineData(8, 0, false)]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(19, 59, true)]
    public void R_CALL_09_marketing_calls_never_before_09_00_even_inside_the_service_window(int hour, int minute, bool allowed)
    {
        var wide = new DailyWindow(new TimeOnly(8, 0), new TimeOnly(20, 0));
        var window = new CallingWindow(China2025, new CallingWindowSettings(wide, wide));
        var marketing = window.Check(Shanghai(2025, 9, 29, hour, minute), CallPurpose.Marketing);
        Assert.Equal(allowed, marketing.Allowed);
        if (!allowed)
        {
            Assert.Equal(OutboundCallRefusal.MarketingQuietHours, marketing.Refusal);
            Assert.True(window.Check(Shanghai(2025, 9, 29, hour, minute), CallPurpose.Service).Allowed);
        }
    }

    [Fact]
    public void R_CALL_09_marketing_quiet_hours_run_21_00_to_09_00()
    {
        Assert.False(CallingWindow.MarketingHours.Contains(new TimeOnly(21, 0)));
        Assert.False(CallingWindow.MarketingHours.Contains(new TimeOnly(3, 0)));
        Assert.True(CallingWindow.MarketingHours.Contains(new TimeOnly(20, 59)));
        Assert.False(_default.Check(Shanghai(2025, 9, 29, 8, 45), CallPurpose.Marketing).Allowed);
    }
}
