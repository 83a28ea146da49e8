using Platform.Domain.Complaints;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Complaints;

public class GreenChannelTests
{
    private static readonly DateTimeOffset Received = Shanghai(2025, 5, 6, 9, 0);

    [Theory]
    [InlineData(true, ComplaintSeverity.General, true)]
    [InlineData(false, ComplaintSeverity.Major, true)]
    [InlineData(true, ComplaintSeverity.Major, true)]
    [InlineData(false, ComplaintSeverity.General, false)]
    public void R_CMP_03_urgent_or_major_takes_the_green_channel(bool urgent, ComplaintSeverity severity, bool expected)
    {
        Assert.Equal(expected, GreenChannel.Applies(urgent, severity));
    }

    [Fact]
    public void R_CMP_03_notification_at_exactly_10_minutes_is_met_one_second_later_missed()
    {
        var onTime = GreenChannel.Evaluate(false, ComplaintSeverity.Major, Received, Received.AddMinutes(10), null, Received.AddMinutes(11))!;
        Assert.Equal(MilestoneState.Met, onTime.Notification.State);
        Assert.Equal(Received.AddMinutes(10), onTime.Notification.DueAt);

        var late = GreenChannel.Evaluate(false, ComplaintSeverity.Major, Received, Received.AddMinutes(10).AddSeconds(1), null, Received.AddHours(1))!;
        Assert.Equal(MilestoneState.Missed, late.Notification.State);
    }

    [Fact]
    public void R_CMP_03_callback_due_within_24_hours_and_overdue_after()
    {
        var pending = GreenChannel.Evaluate(true, ComplaintSeverity.General, Received, Received.AddMinutes(2), null, Received.AddHours(23))!;
        Assert.Equal(MilestoneState.Pending, pending.Callback.State);
        Assert.Equal(TimeSpan.FromHours(1), pending.Callback.Remaining);

        var overdue = GreenChannel.Evaluate(true, ComplaintSeverity.General, Received, Received.AddMinutes(2), null, Received.AddHours(25))!;
        Assert.Equal(MilestoneState.Overdue, overdue.Callback.State);
    }

    [Fact]
    public void R_CMP_03_general_non_urgent_complaint_has_no_green_channel_obligations()
    {
        Assert.Null(GreenChannel.Evaluate(false, ComplaintSeverity.General, Received, null, null, Received.AddDays(3)));
    }
}
