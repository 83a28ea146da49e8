namespace Platform.Domain.Complaints;

/// <summary>
/// R-CMP-03: urgent and MAJOR complaints take the green channel: the responsible department is notified within
/// 10 minutes of receipt and a callback is promised within 24 hours.
/// </summary>
public static class GreenChannel
{
    /// <summary>Longest time from receipt to notifying the responsible department.</summary>
    public static readonly TimeSpan NotifyWithin = TimeSpan.FromMinutes(10);

    /// <summary>Longest time from receipt to calling the customer back.</summary>
    public static readonly TimeSpan CallbackWithin = TimeSpan.FromHours(24);

    /// <summary>Whether a complaint takes the green channel.</summary>
    public static bool Applies(bool urgent, ComplaintSeverity severity) => urgent || severity == ComplaintSeverity.Major;

    /// <summary>The green-channel due times and whether each was met; null when the channel does not apply.</summary>
    public static GreenChannelStatus? Evaluate(
        bool urgent,
        ComplaintSeverity severity,
        DateTimeOffset receivedAt,
        DateTimeOffset? notifiedAt,
        DateTimeOffset? calledBackAt,
        DateTimeOffset now)
    {
        if (!Applies(urgent, severity))
        {
            return null;
        }

        return new GreenChannelStatus(
            MilestoneOutcome.Of(receivedAt + NotifyWithin, notifiedAt, now),
            MilestoneOutcome.Of(receivedAt + CallbackWithin, calledBackAt, now));
    }
}

/// <summary>Green-channel obligations of one complaint (R-CMP-03).</summary>
public sealed record GreenChannelStatus(MilestoneOutcome Notification, MilestoneOutcome Callback);
