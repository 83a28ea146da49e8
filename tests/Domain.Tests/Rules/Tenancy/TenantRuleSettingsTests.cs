using Platform.Domain.Interactions;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Tests.Rules.Tenancy;

public class TenantRuleSettingsTests
{
    [Fact]
    public void Default_settings_are_Shanghai_weekdays_and_the_manuals_windows()
    {
        var settings = TenantRuleSettings.Default;
        Assert.Equal(TimeSpan.FromHours(8), settings.Zone.BaseUtcOffset);
        Assert.True(settings.Calendar.IsWorkingDay(new DateOnly(2025, 10, 1)));
        Assert.Equal(CallingWindowSettings.Default.WorkingDays, settings.CallingWindow.WorkingDays);
        Assert.Equal(90, settings.DoNotCall.ServiceDays);
    }

    [Fact]
    public void R_CALL_05_settings_wire_the_tenant_calendar_into_the_calling_window()
    {
        var settings = new TenantRuleSettings("Asia/Shanghai", [new DateOnly(2025, 10, 1)]);
        var decision = settings.CallingWindow.Check(new DateTimeOffset(2025, 10, 1, 10, 0, 0, TimeSpan.FromHours(8)), CallPurpose.Service);
        Assert.Equal(OutboundCallRefusal.PublicHoliday, decision.Refusal);
    }

    [Fact]
    public void Today_is_the_tenant_local_date()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 9, 30, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 10, 1), TenantRuleSettings.Default.Today(clock));
        Assert.Equal(new DateOnly(2025, 9, 30), new TenantRuleSettings("Europe/Berlin").Today(clock));
    }

    [Fact]
    public void Unknown_zone_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TenantRuleSettings("Nowhere/Atlantis"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
